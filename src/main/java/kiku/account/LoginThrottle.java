package kiku.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Counts failed sign-ins per username and per client address; after {@code limit} failures within
 * the window the name or address is locked for the lock-out time, right password or not. Unknown
 * names are counted like real ones, so the answers never tell which accounts exist.
 *
 * <p>State is in memory: several instances each count separately, which only makes an attacker's
 * budget N times larger, and a restart forgets it. Failures are counted when they are known, so
 * guesses sent in parallel can overshoot a limit by the number in flight (bounded by the worker
 * pool and bcrypt's cost). The map is bounded: beyond {@code maxEntries} the least recently used
 * entry is dropped, so a flood of made-up names costs memory, not availability.
 */
final class LoginThrottle {

    record Limits(int perUser, int perAddress, Duration window, Duration lockout, int maxEntries) {}

    private static final class Counter {
        final ArrayDeque<Instant> failures = new ArrayDeque<>();
        Instant lockedUntil = Instant.MIN;
    }

    private final Limits limits;
    private final Clock clock;
    private final LinkedHashMap<String, Counter> counters = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Counter> eldest) {
            return size() > limits.maxEntries();
        }
    };

    LoginThrottle(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** Whether an attempt for this username from this address may be checked at all. */
    synchronized boolean allowed(String username, String address) {
        Instant now = clock.instant();
        return !locked(userKey(username), now) && !locked(addressKey(address), now);
    }

    synchronized void failed(String username, String address) {
        Instant now = clock.instant();
        count(userKey(username), limits.perUser(), now);
        count(addressKey(address), limits.perAddress(), now);
    }

    /** A right password wipes the name's failures; the address keeps its own, or an attacker with one
     *  account of their own could reset the address budget between guesses. */
    synchronized void succeeded(String username) {
        counters.remove(userKey(username));
    }

    synchronized int size() {
        return counters.size();
    }

    private boolean locked(String key, Instant now) {
        Counter counter = counters.get(key);
        return counter != null && now.isBefore(counter.lockedUntil);
    }

    private void count(String key, int limit, Instant now) {
        if (counters.size() >= limits.maxEntries()) {
            purge(now);
        }
        Counter counter = counters.computeIfAbsent(key, k -> new Counter());
        prune(counter, now);
        counter.failures.add(now);
        if (counter.failures.size() >= limit) {
            // a fresh budget after the cool-down, not an immediate relock by the old failures
            counter.failures.clear();
            counter.lockedUntil = now.plus(limits.lockout());
        }
    }

    private void prune(Counter counter, Instant now) {
        Instant oldest = now.minus(limits.window());
        while (!counter.failures.isEmpty() && !counter.failures.peekFirst().isAfter(oldest)) {
            counter.failures.removeFirst();
        }
    }

    private void purge(Instant now) {
        for (Iterator<Counter> it = counters.values().iterator(); it.hasNext(); ) {
            Counter counter = it.next();
            prune(counter, now);
            if (counter.failures.isEmpty() && !now.isBefore(counter.lockedUntil)) {
                it.remove();
            }
        }
    }

    /** Lower case, so a case-insensitive database collation could never give extra budgets; capped
     *  so that huge names cannot eat memory. */
    private static String userKey(String username) {
        String name = username == null ? "" : username.toLowerCase(Locale.ROOT);
        return "u:" + (name.length() > 100 ? name.substring(0, 100) : name);
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }
}
