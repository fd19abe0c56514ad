package com.jeweltrak.platform.users;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.security.Sessions;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Settings → Users (10-settings §Adding &amp; Managing Users): the admin's changes to staff accounts. */
@Service
public class ManagingUsers {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public record NewUser(String firstName, String lastName, String email, String phone, Set<Long> groups,
                          Set<StoreId> stores) {
    }

    private final Users users;
    private final PermissionGroups groups;
    private final Stores stores;
    private final Sessions sessions;
    private final PasswordEncoder passwords;
    private final JdbcClient jdbc;
    private final Clock clock;

    ManagingUsers(Users users, PermissionGroups groups, Stores stores, Sessions sessions, PasswordEncoder passwords,
                  JdbcClient jdbc, Clock clock) {
        this.users = users;
        this.groups = groups;
        this.stores = stores;
        this.sessions = sessions;
        this.passwords = passwords;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public UserId createWithPassword(NewUser request, String password) {
        PasswordPolicy.check("password", password);
        requireValidEmail("email", request.email());
        requireEmailFreeEverywhere(request.email());
        requireKnown(request.groups(), request.stores());
        User user = new User(null, request.firstName(), nullToEmpty(request.lastName()), request.email(),
                request.phone(), true, null, request.groups(), request.stores(), Map.of());
        return users.add(user, passwords.encode(password), clock.instant());
    }

    @Transactional
    public void updateDetails(UserId id, String firstName, String lastName, String email, String phone) {
        User user = users.get(id);
        requireValidEmail("email", email);
        if (!user.email().equalsIgnoreCase(email.trim())) {
            requireEmailFreeEverywhere(email);
        }
        users.update(user.withDetails(firstName, nullToEmpty(lastName), email, phone));
    }

    @Transactional
    public void changeAccess(UserId id, Set<Long> newGroups, Set<StoreId> newStores) {
        requireKnown(newGroups, newStores);
        users.update(users.get(id).withAccess(newGroups, newStores));
        requireAnAdministratorLeft();
    }

    /** Sets the user's overrides (Permissions R6–R8); an empty map clears them all. */
    @Transactional
    public void changeOverrides(UserId id, Map<String, Boolean> overrides) {
        users.update(users.get(id).withOverrides(overrides));
        requireAnAdministratorLeft();
    }

    /** Users R6 / decision 8: deactivation blocks sign-in and ends every session at once. */
    @Transactional
    public void deactivate(UserId id) {
        users.update(users.get(id).deactivated());
        requireAnAdministratorLeft();
        sessions.endAll(TenantContext.requireTenant(), id);
    }

    /**
     * Deactivates several users at once (a bulk action): all or none. The administrator check runs
     * after all of them changed, and sessions end only then — sessions are removed in a transaction
     * of their own, so ending them per user could sign out someone whose deactivation is then undone.
     *
     * @return how many of them were active before
     */
    @Transactional
    public int deactivateAll(Set<UserId> ids) {
        int changed = 0;
        for (UserId id : ids) {
            User user = users.get(id);
            if (!user.active()) continue;
            users.update(user.deactivated());
            changed++;
        }
        requireAnAdministratorLeft();
        for (UserId id : ids) {
            sessions.endAll(TenantContext.requireTenant(), id);
        }
        return changed;
    }

    @Transactional
    public void reactivate(UserId id) {
        users.update(users.get(id).reactivated());
    }

    /** The admin sets a new password for a user; their sessions end so the old password's sessions are gone. */
    @Transactional
    public void resetPassword(UserId id, String newPassword) {
        users.get(id);
        PasswordPolicy.check("password", newPassword);
        users.changePasswordHash(id, passwords.encode(newPassword), clock.instant());
        sessions.endAll(TenantContext.requireTenant(), id);
    }

    /**
     * Logins are unique across all organizations, so sign-in needs only e-mail and password. The
     * advisory lock makes two concurrent sign-ups of one e-mail take turns.
     */
    public void requireEmailFreeEverywhere(String email) {
        requireValidEmail("email", email);
        jdbc.sql("select pg_advisory_xact_lock(hashtext(lower(?)))").param(email.trim()).query().singleRow();
        long taken = jdbc.sql("select count(*) from jt_find_login(?)").param(email.trim()).query(Long.class).single();
        if (taken > 0) {
            throw new EmailAlreadyInUse("email");
        }
    }

    static void requireValidEmail(String field, String email) {
        if (email == null || email.isBlank()) throw new BusinessRuleViolated(field, "Enter an e-mail address.");
        if (email.trim().length() > 254 || !EMAIL.matcher(email.trim()).matches()) {
            throw new BusinessRuleViolated(field, "Enter a valid e-mail address, like name@example.com.");
        }
    }

    private void requireKnown(Set<Long> groupIds, Set<StoreId> storeIds) {
        if (groupIds == null || groupIds.isEmpty()) {
            throw new BusinessRuleViolated("groups", "Choose at least one permission group.");
        }
        for (Long group : groupIds) {
            if (groups.find(group).isEmpty()) throw new BusinessRuleViolated("groups", "Unknown permission group.");
        }
        if (storeIds == null || storeIds.isEmpty()) {
            throw new BusinessRuleViolated("stores", "Choose at least one store.");
        }
        for (StoreId store : storeIds) {
            if (stores.find(store).isEmpty()) throw new BusinessRuleViolated("stores", "Unknown store.");
        }
    }

    private void requireAnAdministratorLeft() {
        if (users.countActiveHolding(Permission.CAN_MANAGE_USERS) == 0) {
            throw new LastAdministratorCannotLeave();
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
