package com.jeweltrak.contacts.greetings;

import java.time.Clock;

import com.jeweltrak.platform.jobs.TenantsForJobs;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The greetings job's work (R1): visits every tenant with a greeting switched on and queues what is
 * due, one tenant per transaction. It runs hourly rather than once a day, so each store's 09:00 is
 * met in its own time zone and a missed run catches up; the send log keeps re-runs harmless (R5).
 */
@Component
public class SendingGreetings {

    private static final Logger log = LoggerFactory.getLogger(SendingGreetings.class);

    private final TenantsForJobs tenants;
    private final SendingATenantsGreetings sending;
    private final Clock clock;

    SendingGreetings(TenantsForJobs tenants, SendingATenantsGreetings sending, Clock clock) {
        this.tenants = tenants;
        this.sending = sending;
        this.clock = clock;
    }

    /** Queues every greeting due now; answers how many. */
    public int sendDue() {
        int sent = 0;
        for (TenantId tenant : tenants.from("jt_tenants_with_greetings()")) {
            try {
                sent += TenantContext.callAs(tenant, null, () -> sending.send(clock.instant()));
            } catch (RuntimeException e) {
                log.warn("Greetings for tenant {} failed; the next run tries again", tenant, e);
            }
        }
        return sent;
    }
}
