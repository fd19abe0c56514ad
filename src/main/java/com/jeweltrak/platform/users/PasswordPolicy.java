package com.jeweltrak.platform.users;

import com.jeweltrak.platform.BusinessRuleViolated;

/** My Profile R4: at least 8 characters; a new password differs from the current one. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(String field, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new BusinessRuleViolated(field, "Use at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > MAX_LENGTH) {
            throw new BusinessRuleViolated(field, "Use at most " + MAX_LENGTH + " characters.");
        }
        if (password.isBlank()) {
            throw new BusinessRuleViolated(field, "A password cannot be only spaces.");
        }
    }
}
