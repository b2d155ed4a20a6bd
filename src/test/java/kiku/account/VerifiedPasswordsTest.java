package kiku.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.elytron.security.common.BcryptUtil;
import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {

    private final VerifiedPasswords memo = new VerifiedPasswords();

    @Test
    void remembersOnlyRealMatches() {
        String hash = BcryptUtil.bcryptHash("correct horse battery");
        assertFalse(memo.knownMatch("correct horse battery", hash));
        assertFalse(memo.matches("wrong password here", hash));
        assertFalse(memo.knownMatch("wrong password here", hash), "a failure is never remembered");
        assertTrue(memo.matches("correct horse battery", hash));
        assertTrue(memo.knownMatch("correct horse battery", hash));
    }

    @Test
    void aNewHashIsNeverMatchedByAnOldEntry() {
        String old = BcryptUtil.bcryptHash("first password 123");
        assertTrue(memo.matches("first password 123", old));
        String changed = BcryptUtil.bcryptHash("second password 456");
        assertFalse(memo.knownMatch("first password 123", changed));
        assertFalse(memo.matches("first password 123", changed));
        assertFalse(memo.matches("anything", null));
    }
}
