package com.jeweltrak.platform.jobs;

import java.util.List;

import com.jeweltrak.platform.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tenants a background job should visit. The application role sees no tenant's rows without a
 * tenant set (RLS), so these come from {@code security definer} functions that answer ids only; the
 * job then does each tenant's work inside {@code TenantContext.runAs(tenant, null, ...)}.
 */
@Component
public class TenantsForJobs {

    private final JdbcClient jdbc;

    TenantsForJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every tenant, oldest first. */
    public List<TenantId> all() {
        return ids("jt_all_tenant_ids()");
    }

    /**
     * The tenants a given {@code security definer} function answers, e.g. {@code jt_tenants_with_greetings()}.
     * The call is SQL written by the module that owns the function, never user input.
     */
    public List<TenantId> from(String functionCall, Object... params) {
        return ids(functionCall, params);
    }

    private List<TenantId> ids(String functionCall, Object... params) {
        return jdbc.sql("select tenant_id from " + functionCall).params(params)
                .query((rs, n) -> new TenantId(rs.getLong(1))).list();
    }
}
