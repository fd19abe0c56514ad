package com.jeweltrak.settings;

import com.jeweltrak.platform.features.Feature;
import com.jeweltrak.platform.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 10-settings §Features R2, R4, R6 (decision 9): a tenant admin (CanManageUsers) switches a feature on or off; it takes
 * effect at once; who and when are kept on the row and the audit trigger logs the change. Switching off hides the
 * capability but deletes nothing (R5).
 */
@Component
public class SwitchingAFeature {

    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    SwitchingAFeature(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAuthority('CanManageUsers')")
    public void set(Feature feature, boolean enabled) {
        Long actor = TenantContext.current().map(TenantContext.Actor::user).map(u -> u == null ? null : u.value()).orElse(null);
        jdbc.sql("""
                        insert into feature_flag (tenant_id, key, enabled, changed_by, changed_at)
                        values (jt_current_tenant(), ?, ?, ?, ?)
                        on conflict (tenant_id, key) do update
                        set enabled = excluded.enabled, changed_by = excluded.changed_by, changed_at = excluded.changed_at""")
                .params(feature.name(), enabled, actor, java.sql.Timestamp.from(clock.instant()))
                .update();
    }
}
