package com.jeweltrak.platform.users;

import java.time.Clock;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.security.Sessions;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.UserId;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** My Profile: what every user may change about themselves, with no permission needed (My Profile R1). */
@Service
public class OwnAccount {

    private final Users users;
    private final Sessions sessions;
    private final PasswordEncoder passwords;
    private final Clock clock;

    OwnAccount(Users users, Sessions sessions, PasswordEncoder passwords, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** My Profile R2: the new name shows wherever the user is named from the next page load. */
    @Transactional
    public void rename(UserId me, String firstName, String lastName) {
        if (firstName == null || firstName.isBlank()) throw new BusinessRuleViolated("firstName", "Enter a first name.");
        User user = users.get(me);
        users.update(user.withDetails(firstName.trim(), lastName == null ? "" : lastName.trim(), user.email(), user.phone()));
    }

    /** My Profile R3–R5: current password, a new one twice; every other session of the user ends. */
    @Transactional
    public void changePassword(UserId me, String currentSessionId, String current, String replacement, String confirmation) {
        String hash = users.passwordHash(me).orElse(null);
        if (hash == null || current == null || !passwords.matches(current, hash)) {
            throw new BusinessRuleViolated("currentPassword", "The current password is not right.");
        }
        PasswordPolicy.check("newPassword", replacement);
        if (!replacement.equals(confirmation)) {
            throw new BusinessRuleViolated("confirmPassword", "The two new passwords do not match.");
        }
        if (passwords.matches(replacement, hash)) {
            throw new BusinessRuleViolated("newPassword", "Choose a password different from the current one.");
        }
        users.changePasswordHash(me, passwords.encode(replacement), clock.instant());
        sessions.endAllExcept(TenantContext.requireTenant(), me, currentSessionId);
    }
}
