package com.jeweltrak.platform.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who is acting, for the current thread: the tenant whose rows may be seen, the user the audit log
 * names, and the request id. Every transaction copies it into PostgreSQL with SET LOCAL, so a query
 * can never see another tenant's rows, whatever the code asks for.
 */
public final class TenantContext {

    /** The acting party: a tenant, optionally a user, and the request that carries it. */
    public record Actor(TenantId tenant, UserId user, String requestId) {
    }

    private static final ThreadLocal<Actor> CURRENT = new ThreadLocal<>();
    private static final ThreadLocal<String> REQUEST_ID = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<Actor> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static Optional<TenantId> currentTenant() {
        return current().map(Actor::tenant);
    }

    public static TenantId requireTenant() {
        return currentTenant().orElseThrow(() -> new IllegalStateException("No tenant is set for this work"));
    }

    public static Optional<String> requestId() {
        return Optional.ofNullable(REQUEST_ID.get());
    }

    /** Runs work as the given tenant (and user, which may be null for system work), then restores what was set. */
    public static <T> T callAs(TenantId tenant, UserId user, Supplier<T> work) {
        Actor previous = CURRENT.get();
        CURRENT.set(new Actor(tenant, user, REQUEST_ID.get()));
        try {
            return work.get();
        } finally {
            restore(previous);
        }
    }

    public static void runAs(TenantId tenant, UserId user, Runnable work) {
        callAs(tenant, user, () -> {
            work.run();
            return null;
        });
    }

    /** For the request filter: binds an actor until {@link #clear()}. */
    public static void bind(TenantId tenant, UserId user) {
        CURRENT.set(new Actor(tenant, user, REQUEST_ID.get()));
    }

    public static void bindRequest(String requestId) {
        REQUEST_ID.set(requestId);
    }

    /** Ends what {@link #bind} started; the request id stays until {@link #clear()}. */
    public static void unbind() {
        CURRENT.remove();
    }

    public static void clear() {
        CURRENT.remove();
        REQUEST_ID.remove();
    }

    private static void restore(Actor previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }
}
