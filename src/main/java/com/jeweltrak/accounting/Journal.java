package com.jeweltrak.accounting;

import java.time.LocalDate;
import java.util.Optional;

import com.jeweltrak.platform.tenancy.Organization;
import com.jeweltrak.platform.tenancy.Organizations;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.UserId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts balanced journal entries and reverses them (design §4 "Money is a ledger"). Always inside the caller's
 * transaction (MANDATORY), so an entry commits with the document it records or not at all. Entries are never
 * changed: a correction is a reversal, and an entry is reversed once at most.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class Journal {

    private final JdbcClient jdbc;
    private final ChartOfAccounts chart;
    private final Organizations organizations;

    Journal(JdbcClient jdbc, ChartOfAccounts chart, Organizations organizations) {
        this.jdbc = jdbc;
        this.chart = chart;
        this.organizations = organizations;
    }

    /** Posts the entry; empty when every line is zero (nothing happened to the books). */
    public Optional<Long> post(Posting posting) {
        if (posting.lines().isEmpty()) return Optional.empty();
        if (posting.lines().size() < 2 || posting.debits().compareTo(posting.credits()) != 0) {
            throw new EntryNotBalanced(posting.debits(), posting.credits());
        }
        requireOpen(posting.date());
        long entry = insertEntry(posting.date(), posting.store() == null ? null : posting.store().value(),
                posting.documentType(), posting.documentId(), posting.documentNumber(), posting.kind(), posting.memo(), null,
                posting.invoiceId());
        long tenant = TenantContext.requireTenant().value();
        for (Posting.Line line : posting.lines()) {
            jdbc.sql("""
                            insert into journal_line (tenant_id, entry_id, account_id, debit, credit, contact_id)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(tenant, entry, chart.idOf(line.account()), line.debit(), line.credit(),
                            line.contact() == null ? null : line.contact().value())
                    .update();
        }
        return Optional.of(entry);
    }

    /**
     * Reverses an entry: same accounts, debits and credits swapped, dated {@code date} (which must lie in the open
     * period; a payment void's caller dates it there, Period Close R2).
     */
    public long reverse(long entryId, LocalDate date, String memo) {
        var original = jdbc.sql("""
                        select store_id, document_type, document_id, document_number, invoice_id
                        from journal_entry where id = ?""")
                .param(entryId)
                .query((rs, n) -> new Object[]{rs.getObject(1, Long.class), rs.getString(2), rs.getObject(3, Long.class),
                        rs.getString(4), rs.getObject(5, Long.class)})
                .optional().orElseThrow(() -> new com.jeweltrak.platform.RecordNotFound("Journal entry", entryId));
        if (isReversed(entryId)) throw new EntryAlreadyReversed(entryId);
        requireOpen(date);
        long reversal;
        try {
            reversal = insertEntry(date, (Long) original[0], (String) original[1], (Long) original[2],
                    (String) original[3], "REVERSAL", memo, entryId, (Long) original[4]);
        } catch (DuplicateKeyException raced) {
            // another transaction reversed it first; the unique index on reverses_entry_id said so
            throw new EntryAlreadyReversed(entryId);
        }
        jdbc.sql("""
                        insert into journal_line (tenant_id, entry_id, account_id, debit, credit, contact_id)
                        select tenant_id, ?, account_id, credit, debit, contact_id from journal_line
                        where entry_id = ? order by id""")
                .params(reversal, entryId).update();
        return reversal;
    }

    public boolean isReversed(long entryId) {
        return jdbc.sql("select exists (select 1 from journal_entry where reverses_entry_id = ?)")
                .param(entryId).query(Boolean.class).single();
    }

    /** The latest entry of this kind for the document that has not been reversed yet. */
    public Optional<Long> latestStanding(String documentType, long documentId, String kind) {
        return jdbc.sql("""
                        select e.id from journal_entry e
                        where e.document_type = ? and e.document_id = ? and e.posting = ?
                          and not exists (select 1 from journal_entry r where r.reverses_entry_id = e.id)
                        order by e.id desc limit 1""")
                .params(documentType, documentId, kind).query(Long.class).optional();
    }

    private void requireOpen(LocalDate date) {
        Organization organization = organizations.get();
        if (organization.isClosed(date)) throw new PeriodIsClosed(date, organization.closedThrough());
    }

    private long insertEntry(LocalDate date, Long store, String documentType, Long documentId, String documentNumber,
                             String kind, String memo, Long reverses, Long invoice) {
        Long user = TenantContext.current().map(TenantContext.Actor::user).map(UserId::value).orElse(null);
        return jdbc.sql("""
                        insert into journal_entry (tenant_id, entry_date, store_id, document_type, document_id,
                                                   document_number, posting, memo, reverses_entry_id, invoice_id,
                                                   created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(TenantContext.requireTenant().value(), date, store, documentType, documentId, documentNumber,
                        kind, memo, reverses, invoice, user)
                .query(Long.class).single();
    }
}
