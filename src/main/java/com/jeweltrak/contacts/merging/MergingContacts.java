package com.jeweltrak.contacts.merging;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactMergeGuard;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.ContactSearchEntries;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.contacts.ContactsMerged;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Customer Consolidation (07-contacts §I Have Duplicate Customers): one primary keeps its record and its
 * own details (R6); every record pointing at a secondary points at the primary (R3, R4 — balances follow
 * their rows); the primary gains the secondaries' roles (R11); the secondaries are marked merged and leave
 * pickers and search (R5). One transaction: a refusal anywhere leaves everything as it was. Every changed
 * row is audited by its trigger under the request id, and a {@code contact_merge} row names the merge (R10).
 */
@Service
public class MergingContacts {

    /** The primary as it is now, the contacts merged into it, and the rows moved per kind of record. */
    public record Merged(Contact primary, List<Contact> secondaries, Map<String, Long> moved) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Contacts contacts;
    private final ContactSearchEntries searchEntries;
    private final ContactReferences references;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final List<ContactMergeGuard> guards;

    MergingContacts(Contacts contacts, ContactSearchEntries searchEntries, ContactReferences references, JdbcClient jdbc,
                    ApplicationEventPublisher events, Clock clock, List<ContactMergeGuard> guards) {
        this.guards = guards;
        this.contacts = contacts;
        this.searchEntries = searchEntries;
        this.references = references;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Merged merge(ContactId primaryId, List<ContactId> secondaryIds) {
        MergeParties parties = MergeParties.of(primaryId, secondaryIds, contacts::lock, guards);
        Contact primary = parties.primary();
        Instant at = clock.instant();
        Map<String, Long> moved = new LinkedHashMap<>();
        references.move(primary.id(), parties.secondaryIds()).forEach((reference, rows) -> {
            if (rows > 0) moved.merge(reference.label(), rows, Long::sum);
        });
        for (Contact secondary : parties.secondaries()) {
            contacts.markMerged(secondary.mergedInto(primary.id()), at);
        }
        Contact united = primary;
        for (ContactRole role : MergePreview.rolesAfter(primary, parties.secondaries())) {
            if (!united.hasRole(role)) united = united.withRole(role);
        }
        if (united.equals(primary)) {
            searchEntries.reindex(primary); // folds the merged names into the survivor's entry
        } else {
            contacts.update(united); // only the role flags differ; reindexes too
        }
        UserId by = TenantContext.current().map(TenantContext.Actor::user).orElse(null);
        record(parties, moved, by, at);
        events.publishEvent(new ContactsMerged(TenantContext.requireTenant(), primary.id(), parties.secondaryIds(), moved,
                by, at));
        return new Merged(contacts.get(primary.id()), parties.secondaries(), moved);
    }

    private void record(MergeParties parties, Map<String, Long> moved, UserId by, Instant at) {
        String summary = "Merged " + parties.secondaries().stream().map(c -> c.name().full() + " (#" + c.id() + ")")
                .collect(Collectors.joining(", ")) + " into " + parties.primary().name().full() + " (#"
                + parties.primary().id() + ")";
        jdbc.sql("""
                        insert into contact_merge (tenant_id, primary_contact_id, merged_contact_ids, summary, moved,
                                                   merged_by, merged_at)
                        values (jt_current_tenant(), ?, ?, ?, cast(? as jsonb), ?, ?)""")
                .params(parties.primary().id().value(),
                        parties.secondaryIds().stream().map(ContactId::value).toArray(Long[]::new),
                        summary, JSON.writeValueAsString(moved), by == null ? null : by.value(),
                        java.sql.Timestamp.from(at))
                .update();
    }
}
