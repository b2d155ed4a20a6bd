package kiku.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers that a password matched a bcrypt hash, so that an API client signing every request
 * with HTTP Basic pays for bcrypt (tens of milliseconds by design) once, not on every request.
 *
 * <p>Why this is safe, also with several instances: an entry states a fact about two values
 * that never change, a password and one stored hash. Changing a password stores a new hash, which
 * no entry names, so an old password stops working at once on every instance. Passwords are kept
 * only as an HMAC under a key that lives in this process's memory.
 */
public final class VerifiedPasswords {

    private static final int MAX_ENTRIES = 10_000;

    private final SecretKeySpec key;
    private final Set<String> verified = Collections.newSetFromMap(Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > MAX_ENTRIES;
                }
            }));

    public VerifiedPasswords() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** Whether this password was already found to match this hash. */
    public boolean knownMatch(String password, String hash) {
        return hash != null && verified.contains(entry(password, hash));
    }

    public void rememberMatch(String password, String hash) {
        verified.add(entry(password, hash));
    }

    /** The full check: the memo first, bcrypt otherwise. */
    public boolean matches(String password, String hash) {
        if (knownMatch(password, hash)) {
            return true;
        }
        boolean matches = hash != null && BcryptUtil.matches(password, hash);
        if (matches) {
            rememberMatch(password, hash);
        }
        return matches;
    }

    private String entry(String password, String hash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(hash.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
