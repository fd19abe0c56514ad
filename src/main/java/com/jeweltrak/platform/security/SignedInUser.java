package com.jeweltrak.platform.security;

import java.io.Serial;
import java.io.Serializable;

import com.jeweltrak.platform.tenancy.TenantId;
import com.jeweltrak.platform.tenancy.UserId;

/**
 * What the session remembers about who signed in: only the identity. Permissions, store access and
 * the active flag are read afresh on every request, so a change takes effect on the next page load
 * (Permissions R15) and a deactivated user is out at once.
 */
public record SignedInUser(long tenantId, long userId, String email) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public TenantId tenant() {
        return new TenantId(tenantId);
    }

    public UserId user() {
        return new UserId(userId);
    }

    /** The name sessions are indexed by; stable when the e-mail changes. */
    public String principalName() {
        return principalName(tenant(), user());
    }

    public static String principalName(TenantId tenant, UserId user) {
        return "t" + tenant.value() + ":u" + user.value();
    }

    @Override
    public String toString() {
        return principalName();
    }
}
