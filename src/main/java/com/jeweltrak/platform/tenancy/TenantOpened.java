package com.jeweltrak.platform.tenancy;

/**
 * A new tenant was opened ({@link OpeningTenant}): published inside the opening transaction with the new tenant bound
 * (and no user: the system acts), so a feature module can give every tenant its starting data synchronously — it
 * lands with the tenant or not at all. Platform knows nothing of who listens (it may not depend on feature modules).
 */
public record TenantOpened(TenantId tenant, StoreId store, UserId owner) {
}
