package com.jeweltrak.contacts.greetings;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jeweltrak.platform.mail.MailOutbox;
import com.jeweltrak.platform.mail.OutgoingMail;
import com.jeweltrak.platform.tenancy.Organization;
import com.jeweltrak.platform.tenancy.Organizations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The greetings due now in the current tenant: for each kind switched on (R2), every customer with a
 * plausible e-mail, not opted out and not merged away (R6), whose day it is in their store's time zone
 * (R4, R7) from 09:00 on. The mail is queued and the send log written in one transaction; the log's
 * unique key (contact, kind, year) makes a re-run, or two runs at once, send nothing twice (R5).
 */
@Component
class SendingATenantsGreetings {

    record Candidate(long id, String firstName, String lastName, String company, String spouseName, String email,
                     int month, int day, ZoneId zone, String storeName, String storeEmail) {

        String fullName() {
            String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
            return name.isEmpty() ? (company == null ? "" : company.strip()) : name;
        }

        Map<String, String> mergeValues(String organizationName) {
            Map<String, String> values = new HashMap<>();
            values.put("firstName", firstName == null || firstName.isBlank() ? fullName() : firstName.strip());
            values.put("lastName", lastName == null ? "" : lastName.strip());
            values.put("fullName", fullName());
            values.put("spouseName", spouseName == null ? "" : spouseName.strip());
            values.put("organizationName", organizationName);
            values.put("storeName", storeName);
            return values;
        }
    }

    /** The shape R6 asks for: something@somewhere.tld, no spaces. */
    private static final String PLAUSIBLE_EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    private final JdbcClient jdbc;
    private final GreetingSettingsStore settings;
    private final Organizations organizations;
    private final MailOutbox outbox;

    SendingATenantsGreetings(JdbcClient jdbc, GreetingSettingsStore settings, Organizations organizations,
                             MailOutbox outbox) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.organizations = organizations;
        this.outbox = outbox;
    }

    @Transactional
    public int send(Instant now) {
        GreetingSettings current = settings.current();
        String organizationName = organizations.current().map(Organization::name).orElse("");
        int sent = 0;
        for (GreetingKind kind : GreetingKind.values()) {
            if (!current.enabled(kind)) continue;
            for (Candidate c : candidates(kind)) {
                LocalDateTime local = LocalDateTime.ofInstant(now, c.zone());
                if (local.toLocalTime().isBefore(GreetingDay.SEND_FROM)) continue;
                if (!GreetingDay.isToday(c.month(), c.day(), local.toLocalDate())) continue;
                if (alreadySent(c, kind, local.getYear())) continue;
                Map<String, String> values = c.mergeValues(organizationName);
                GreetingSettings.Template template = current.template(kind);
                long mail = outbox.enqueue(new OutgoingMail(c.email().strip(), c.fullName(), blankToNull(c.storeEmail()),
                        MergeFields.fill(template.subject(), values), MergeFields.fill(template.body(), values), null,
                        kind.mailKind(), "contact", c.id()));
                jdbc.sql("insert into greeting_sent (tenant_id, contact_id, kind, year, sent_on, outbox_id) "
                                + "values (jt_current_tenant(), ?, ?, ?, ?, ?)")
                        .params(c.id(), kind.name(), local.getYear(), local.toLocalDate(), mail).update();
                sent++;
            }
        }
        return sent;
    }

    /**
     * Customers with this kind's date, and the store whose calendar they are greeted by: their home
     * store, or the tenant's first store when they have none (R4). The day itself is checked in Java,
     * per the store's time zone; the SQL only narrows by the kind's columns (constants, not input).
     */
    private List<Candidate> candidates(GreetingKind kind) {
        String month = "c." + kind.monthColumn();
        String day = "c." + kind.dayColumn();
        return jdbc.sql("""
                        select c.id, c.first_name, c.last_name, c.company, c.spouse_name, c.email, %s, %s,
                               coalesce(hs.time_zone, fs.time_zone), coalesce(hs.name, fs.name),
                               coalesce(nullif(trim(hs.email), ''), fs.email)
                        from contact c
                        left join store hs on hs.id = c.home_store_id
                        left join lateral (select s.time_zone, s.name, s.email from store s order by s.id limit 1) fs on true
                        where c.is_customer and not c.no_greetings and c.merged_into_id is null
                          and c.email ~ ? and %s is not null""".formatted(month, day, month))
                .params(PLAUSIBLE_EMAIL)
                .query((rs, n) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8), ZoneId.of(rs.getString(9)),
                        rs.getString(10), rs.getString(11)))
                .list();
    }

    private boolean alreadySent(Candidate c, GreetingKind kind, int year) {
        return jdbc.sql("select exists (select 1 from greeting_sent where contact_id = ? and kind = ? and year = ?)")
                .params(c.id(), kind.name(), year).query(Boolean.class).single();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
