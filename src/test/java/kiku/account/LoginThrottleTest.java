package kiku.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The counting rules of {@link LoginThrottle}, on a clock the test moves. */
class LoginThrottleTest {

    private static final String HOME = "192.0.2.1";
    private static final String OTHER = "192.0.2.2";

    private Instant now = Instant.parse("2024-04-01T00:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(
            new LoginThrottle.Limits(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15), 1000),
            new Clock() {
                @Override
                public Instant instant() {
                    return now;
                }

                @Override
                public java.time.ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }
            });

    @Test
    void fiveFailuresLockTheNameFromEveryAddressButNotOthers() {
        fail("sato", HOME, 4);
        assertTrue(throttle.allowed("sato", HOME));
        fail("sato", HOME, 1);
        assertFalse(throttle.allowed("sato", HOME));
        assertFalse(throttle.allowed("sato", OTHER));
        assertFalse(throttle.allowed("SATO", OTHER), "case does not buy a fresh budget");
        assertTrue(throttle.allowed("tanaka", HOME));
    }

    @Test
    void theLockEndsAfterTheCoolDownWithAFreshBudget() {
        fail("sato", HOME, 5);
        now = now.plus(Duration.ofMinutes(14));
        assertFalse(throttle.allowed("sato", HOME));
        now = now.plus(Duration.ofMinutes(1));
        assertTrue(throttle.allowed("sato", HOME));
        fail("sato", HOME, 4);
        assertTrue(throttle.allowed("sato", HOME));
    }

    @Test
    void failuresOutsideTheWindowAreForgotten() {
        fail("sato", HOME, 4);
        now = now.plus(Duration.ofMinutes(15));
        fail("sato", HOME, 4);
        assertTrue(throttle.allowed("sato", HOME));
    }

    @Test
    void aRightPasswordClearsTheNameButNotTheAddress() {
        fail("sato", HOME, 4);
        throttle.succeeded("sato");
        fail("sato", HOME, 4);
        assertTrue(throttle.allowed("sato", HOME));

        for (int i = 0; i < 12; i++) {
            fail("guess" + i, HOME, 1);
            throttle.succeeded("guess" + i);
        }
        assertFalse(throttle.allowed("anyone", HOME), "8 + 12 failures from HOME");
        assertTrue(throttle.allowed("anyone", OTHER));
    }

    @Test
    void twentyFailuresLockTheAddressForEveryName() {
        for (int i = 0; i < 20; i++) {
            assertTrue(throttle.allowed("name" + i, HOME));
            fail("name" + i, HOME, 1);
        }
        assertFalse(throttle.allowed("aoki", HOME));
        assertTrue(throttle.allowed("aoki", OTHER));
    }

    @Test
    void theMapStaysBounded() {
        for (int i = 0; i < 5000; i++) {
            fail("made-up-" + i, "198.51.100." + (i % 200), 1);
        }
        assertTrue(throttle.size() <= 1000, "entries " + throttle.size());
        fail("sato", HOME, 5);
        assertFalse(throttle.allowed("sato", HOME), "a fresh lock survives the flood");
        String huge = "x".repeat(10_000);
        fail(huge, OTHER, 5);
        assertFalse(throttle.allowed(huge, OTHER));
        assertEquals(false, throttle.allowed(huge + "y", OTHER), "names are compared on their first 100 characters");
    }

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address);
        }
    }
}
