package com.jeweltrak.platform.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.jeweltrak.platform.jobs.TenantsForJobs;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The outbox job's work: visits each tenant that has mail due and delivers it, one tenant per
 * transaction, so one tenant's trouble never stops another's mail. A plain method the recurring
 * task calls, so tests run it directly instead of waiting for the scheduler.
 */
@Component
public class DeliveringMail {

    private static final Logger log = LoggerFactory.getLogger(DeliveringMail.class);

    private final TenantsForJobs tenants;
    private final DeliveringATenantsMail delivering;
    private final MailServer server;
    private final Clock clock;

    DeliveringMail(TenantsForJobs tenants, DeliveringATenantsMail delivering, MailServer server, Clock clock) {
        this.tenants = tenants;
        this.delivering = delivering;
        this.server = server;
        this.clock = clock;
    }

    public int deliverDue() {
        return deliverDue(clock.instant());
    }

    /** Delivers every mail due by {@code now}; answers how many went out. Nothing moves without an SMTP server. */
    public int deliverDue(Instant now) {
        if (!server.configured()) return 0;
        int sent = 0;
        for (TenantId tenant : tenants.from("jt_tenants_with_due_mail(?)", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))) {
            try {
                sent += TenantContext.callAs(tenant, null, () -> delivering.deliver(server, now));
            } catch (RuntimeException e) {
                log.warn("Mail delivery for tenant {} failed; it is retried on the next run", tenant, e);
            }
        }
        return sent;
    }
}
