package com.jeweltrak.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.jeweltrak.platform.tenancy.PeriodClose;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.TenantId;
import org.springframework.stereotype.Component;

/**
 * Stands in for sales' draft-invoice check (08-accounting §Period Close R5), which no module has yet: a tenant a
 * test names in {@link #DRAFTS} has two draft invoices in any period. Other tenants see nothing.
 */
@Component
public class TestPeriodCloseCheck implements PeriodClose.Check {

    public static final Set<TenantId> DRAFTS = ConcurrentHashMap.newKeySet();

    @Override
    public List<Attention> attentionThrough(LocalDate closedThrough) {
        return TenantContext.currentTenant().filter(DRAFTS::contains)
                .map(t -> List.of(new Attention("draft invoices (test)", 2, "/sales")))
                .orElse(List.of());
    }
}
