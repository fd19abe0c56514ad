package com.jeweltrak.sales;

import java.util.List;

import com.jeweltrak.platform.jobs.TenantsForJobs;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoices written before their figures were kept (before migration 1700, or by a version that kept them only at
 * finalize) have no Subtotal, Tax or Total stored, and SQL cannot work out sales tax (per-item surtax cap, one rounding
 * per invoice: 08 §Sales Tax). Once the application is up, each tenant that has such invoices gets them refreshed
 * through the invoice's own arithmetic, a batch per transaction so a big tenant never holds one long transaction.
 */
@Component
class InvoiceFiguresBackfill {

    private static final Logger log = LoggerFactory.getLogger(InvoiceFiguresBackfill.class);
    static final int BATCH = 200;

    private final TenantsForJobs tenants;
    private final Batch batch;

    InvoiceFiguresBackfill(TenantsForJobs tenants, Batch batch) {
        this.tenants = tenants;
        this.batch = batch;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStartup() {
        int refreshed = refreshAll();
        if (refreshed > 0) log.info("Stored the figures of {} invoices that had none", refreshed);
    }

    /** Refreshes every invoice without stored figures, tenant by tenant; answers how many. */
    int refreshAll() {
        int refreshed = 0;
        for (TenantId tenant : tenants.from("jt_tenants_missing_invoice_figures()")) {
            try {
                refreshed += TenantContext.callAs(tenant, null, () -> {
                    int done = 0;
                    for (int n = batch.refresh(BATCH); n > 0; n = batch.refresh(BATCH)) done += n;
                    return done;
                });
            } catch (RuntimeException e) {
                // one tenant's bad invoice must not stop the others (nor startup); the next start tries again
                log.warn("Could not store invoice figures for tenant {}", tenant, e);
            }
        }
        return refreshed;
    }

    /** One batch of the current tenant's invoices without figures, in one transaction. */
    @Component
    static class Batch {

        private final InvoiceWork work;
        private final JdbcClient jdbc;

        Batch(InvoiceWork work, JdbcClient jdbc) {
            this.work = work;
            this.jdbc = jdbc;
        }

        @Transactional
        int refresh(int size) {
            // skip locked: an invoice a person is working on right now gets its figures from that use case anyway
            List<Long> ids = jdbc.sql("select id from invoice where total is null order by id limit ? for update skip locked")
                    .param(size).query(Long.class).list();
            ids.forEach(id -> work.keepFigures(new InvoiceId(id)));
            return ids.size();
        }
    }
}
