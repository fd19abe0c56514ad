package com.jeweltrak.contacts.merging;

import java.time.Clock;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** R9: "these two are different people" — the pair is remembered and never proposed again. */
@Service
public class DismissingADuplicate {

    private final Contacts contacts;
    private final JdbcClient jdbc;
    private final Clock clock;

    DismissingADuplicate(Contacts contacts, JdbcClient jdbc, Clock clock) {
        this.contacts = contacts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Dismissing a pair twice changes nothing. Both contacts must be the tenant's (404 otherwise). */
    @Transactional
    public void dismiss(ContactId one, ContactId other) {
        if (one == null || other == null) throw new BusinessRuleViolated("contactB", "Name the two contacts of the pair.");
        if (one.equals(other)) throw new BusinessRuleViolated("contactB", "A pair is two different contacts.");
        contacts.get(one);
        contacts.get(other);
        long a = Math.min(one.value(), other.value());
        long b = Math.max(one.value(), other.value());
        UserId by = TenantContext.current().map(TenantContext.Actor::user).orElse(null);
        jdbc.sql("""
                        insert into contact_duplicate_dismissal (tenant_id, contact_a, contact_b, dismissed_by, dismissed_at)
                        values (jt_current_tenant(), ?, ?, ?, ?)
                        on conflict (tenant_id, contact_a, contact_b) do nothing""")
                .params(a, b, by == null ? null : by.value(), java.sql.Timestamp.from(clock.instant())).update();
    }
}
