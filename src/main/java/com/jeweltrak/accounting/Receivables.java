package com.jeweltrak.accounting;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.lists.ListQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts receivable as the documents say it (08-accounting §AR; issue 10 point 1): per customer, Σ ar_balance of
 * their FINALIZED invoices − their credit on account, the open invoices aged into 0–30 / 31–60 / 61–90 / 91+ days from
 * the invoice date to the as-of date (decision 4, R8: boundaries inclusive, day 30 is 0–30, day 31 is 31–60).
 * <p>
 * Credit on account is unapplied payment money (§Applying Payments R4, R8; §Store Credits R12). It reduces the
 * customer's balance but belongs to no invoice, so it sits in no bucket: it is its own <b>Credit</b> column, and
 * Balance = 0–30 + 31–60 + 61–90 + 91+ − Credit. Store credit is a liability of its own and never part of AR.
 * <p>
 * Plain SQL over indexed columns (invoice_ar_open, customer_payment_by_customer), one grouped statement for the whole
 * list, so the AR list and the Reports issue's AR aging stay fast over 100k open invoices. The journal side of the
 * same figures is {@link Books}; {@link #ledger} reads the customer's AR sub-ledger with a running balance.
 */
@Repository
@Transactional(readOnly = true)
public class Receivables {

    /** One customer's AR: the list row and the detail page's header. */
    public record CustomerAr(ContactId customer, String name, String email, BigDecimal balance, BigDecimal days0to30,
                             BigDecimal days31to60, BigDecimal days61to90, BigDecimal days91plus, BigDecimal credit,
                             LocalDate lastActivity) {

        /** What the customer's open invoices add up to: the four buckets. */
        public BigDecimal openInvoices() {
            return days0to30.add(days31to60).add(days61to90).add(days91plus);
        }
    }

    /** The list's footer: the same columns summed over every row that matches (all rows: the AR control). */
    public record Totals(long customers, BigDecimal balance, BigDecimal days0to30, BigDecimal days31to60,
                         BigDecimal days61to90, BigDecimal days91plus, BigDecimal credit) {
    }

    /** An unpaid or part-paid finalized invoice (§AR R4): its age in days as of the date asked for. */
    public record OpenInvoice(long id, long number, long storeId, LocalDate date, long age, BigDecimal total,
                              BigDecimal balance) {

        public String bucket() {
            return age <= 30 ? "0–30" : age <= 60 ? "31–60" : age <= 90 ? "61–90" : "91+";
        }
    }

    /**
     * One journal entry as it touched the customer's AR: {@code effect} (debits − credits of its AR lines that name the
     * customer; + owes more, − owes less) and the running balance after it. An entry that nets to zero for the customer
     * (a payment applied, a payment moved to credit on a finalized invoice) carries its {@code amount} and is an info row.
     */
    public record LedgerEntry(long entryId, LocalDate date, String posting, String documentType, Long documentId,
                              String documentNumber, Long invoiceId, Long invoiceNumber, String memo, BigDecimal effect,
                              BigDecimal amount, BigDecimal running) {

        public boolean info() {
            return effect.signum() == 0;
        }

        /** "Invoice finalized — invoice 1007", "Applied 120.00 to invoice 1007". */
        public String description() {
            String invoice = invoiceNumber == null ? "" : " invoice " + invoiceNumber;
            if ("PAYMENT_APPLIED".equals(posting)) {
                return "Applied " + amount.toPlainString() + " to" + (invoice.isEmpty() ? " an invoice" : invoice);
            }
            if (info()) return label(posting) + " " + amount.toPlainString() + (invoice.isEmpty() ? "" : " —" + invoice);
            String document = documentNumber != null ? documentNumber : documentId != null ? documentId.toString() : "";
            String what = invoice.isEmpty() ? " — " + documentType.toLowerCase().replace('_', ' ') + " " + document
                    : " —" + invoice;
            return label(posting) + what;
        }

        /** Where the row leads: the receipt for a payment on account, else the journal entry. */
        public String link() {
            if ("CUSTOMER_PAYMENT".equals(documentType) && documentId != null) return "/accounting/payments/" + documentId;
            return "/accounting/journal/" + entryId;
        }

        static String label(String posting) {
            String words = posting.replace('_', ' ').toLowerCase();
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
    }

    /** A statement's activity: AR before the range, each entry in it with the running balance, AR at its end. */
    public record Activity(BigDecimal opening, List<LedgerEntry> entries, BigDecimal closing) {
    }

    /** The aging brackets of the list's filter: SQL on the row's bucket columns (whitelisted, never request text). */
    public enum Bracket {
        DAYS_0_30("0–30 days", "r.b0 <> 0"), DAYS_31_60("31–60 days", "r.b31 <> 0"),
        DAYS_61_90("61–90 days", "r.b61 <> 0"), DAYS_91_PLUS("91+ days", "r.b91 <> 0");

        private final String label;
        private final String sql;

        Bracket(String label, String sql) {
            this.label = label;
            this.sql = sql;
        }

        public String label() {
            return label;
        }

        public String sql() {
            return sql;
        }
    }

    /** The sort orders of the list and the API (R3: by balance, largest first, to chase them). */
    public static final String BY_BALANCE = "r.balance desc";
    public static final String BY_NAME = "lower(r.name)";
    public static final String BY_LAST_ACTIVITY = "r.last_activity desc nulls last";

    /**
     * Every customer with AR: one row per customer with their open invoices' buckets, their credit on account and their
     * last activity (latest finalized invoice, payment on an invoice or payment on account). Bind parameters: the as-of
     * date, four times. Credit on account is the lead's one definition (a-common, sales.CustomerPayments#creditOnAccount):
     * Σ over non-voided receipts of (amount − its applications still applied); a payment moved to credit on account
     * becomes a receipt of its own (source_payment_id), so it is counted there.
     */
    private static final String ROWS = """
            with applied as (
                select receipt_id, sum(amount) as amount from invoice_payment
                where receipt_id is not null and voided_at is null and moved_to_credit_at is null
                group by receipt_id),
            part as (
                -- open invoices: their balance in the bucket of their age
                select customer_id,
                       case when cast(? as date) - invoice_date <= 30 then ar_balance else 0 end as b0,
                       case when cast(? as date) - invoice_date between 31 and 60 then ar_balance else 0 end as b31,
                       case when cast(? as date) - invoice_date between 61 and 90 then ar_balance else 0 end as b61,
                       case when cast(? as date) - invoice_date > 90 then ar_balance else 0 end as b91,
                       0 as credit, invoice_date as activity
                from invoice
                where status = 'FINALIZED' and ar_balance <> 0 and customer_id is not null
                union all
                -- receipts: what is not applied is credit on account
                select cp.customer_id, 0, 0, 0, 0,
                       case when cp.voided_at is null then cp.amount - coalesce(a.amount, 0) else 0 end, cp.payment_date
                from customer_payment cp left join applied a on a.receipt_id = cp.id
                union all
                -- last activity: invoices paid in full and payments taken on invoices count too
                select customer_id, 0, 0, 0, 0, 0, invoice_date from invoice
                where status = 'FINALIZED' and customer_id is not null and ar_balance = 0
                union all
                select i.customer_id, 0, 0, 0, 0, 0, p.payment_date from invoice_payment p
                join invoice i on i.tenant_id = p.tenant_id and i.id = p.invoice_id
                where p.voided_at is null and i.customer_id is not null),
            per_customer as (
                select customer_id, sum(b0) as b0, sum(b31) as b31, sum(b61) as b61, sum(b91) as b91,
                       sum(credit) as credit, max(activity) as last_activity
                from part group by customer_id),
            rows as (
                select c.id as customer_id,
                       coalesce(nullif(trim(concat_ws(' ', c.first_name, c.last_name)), ''), c.company, '') as name,
                       c.email, k.b0 + k.b31 + k.b61 + k.b91 - k.credit as balance,
                       k.b0, k.b31, k.b61, k.b91, k.credit, k.last_activity
                from per_customer k join contact c on c.id = k.customer_id)
            """;

    private static final String MATCHING = "r.balance <> 0 and jt_search_normalize(r.name) like jt_search_normalize(?)";

    private final JdbcClient jdbc;

    Receivables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The list component's page (R1: every customer whose balance is not zero, negatives too). */
    public Paged<CustomerAr> page(ListQuery query, LocalDate asOf) {
        String where = MATCHING + " and " + query.where();
        String pattern = query.searchPattern();
        // one pass: the page's rows carry the count of all matching rows (a page past the end asks again)
        long[] total = {-1};
        List<CustomerAr> rows = jdbc.sql(ROWS + " select r.*, count(*) over () as matching from rows r where " + where
                        + " order by " + order(query) + " limit ? offset ?")
                .params(asOf, asOf, asOf, asOf, pattern, query.size(), query.offset())
                .query((rs, n) -> {
                    total[0] = rs.getLong("matching");
                    return row(rs, n);
                }).list();
        if (total[0] < 0) {
            total[0] = jdbc.sql(ROWS + " select count(*) from rows r where " + where)
                    .params(asOf, asOf, asOf, asOf, pattern).query(Long.class).single();
        }
        return new Paged<>(rows, query.page(), query.size(), total[0]);
    }

    public void each(ListQuery query, LocalDate asOf, Consumer<? super CustomerAr> row) {
        jdbc.sql(ROWS + " select * from rows r where " + MATCHING + " and " + query.where() + " order by " + order(query))
                .params(asOf, asOf, asOf, asOf, query.searchPattern()).query(Receivables::row).stream().forEach(row);
    }

    /** The footer: the matching rows summed; with no filter, the documents' AR control. */
    public Totals totals(ListQuery query, LocalDate asOf) {
        return jdbc.sql(ROWS + """
                         select count(*), coalesce(sum(r.balance), 0), coalesce(sum(r.b0), 0), coalesce(sum(r.b31), 0),
                                coalesce(sum(r.b61), 0), coalesce(sum(r.b91), 0), coalesce(sum(r.credit), 0)
                         from rows r where """ + " " + MATCHING + " and " + query.where())
                .params(asOf, asOf, asOf, asOf, query.searchPattern())
                .query((rs, n) -> new Totals(rs.getLong(1), Money.cents(rs.getBigDecimal(2)), Money.cents(rs.getBigDecimal(3)),
                        Money.cents(rs.getBigDecimal(4)), Money.cents(rs.getBigDecimal(5)), Money.cents(rs.getBigDecimal(6)),
                        Money.cents(rs.getBigDecimal(7))))
                .single();
    }

    /** Σ every customer's balance from the documents: what the AR control account must hold. */
    public BigDecimal total(LocalDate asOf) {
        return totals(ListQuery.of(null, null, 0, 1), asOf).balance();
    }

    /** One customer's AR (zeros when they owe nothing and hold no credit on account). */
    public CustomerAr of(ContactId customer, LocalDate asOf) {
        return jdbc.sql(ROWS + " select * from rows r where r.customer_id = ?")
                .params(asOf, asOf, asOf, asOf, customer.value()).query(Receivables::row).optional()
                .orElseGet(() -> {
                    BigDecimal zero = BigDecimal.ZERO.setScale(2);
                    return new CustomerAr(customer, null, null, zero, zero, zero, zero, zero, zero, null);
                });
    }

    /** §AR R4: the customer's unpaid or part-paid finalized invoices, oldest first, aged as of {@code asOf}. */
    public List<OpenInvoice> openInvoices(ContactId customer, LocalDate asOf) {
        return jdbc.sql("""
                        select id, number, store_id, invoice_date, ar_total, ar_balance from invoice
                        where customer_id = ? and status = 'FINALIZED' and ar_balance <> 0 and invoice_date <= ?
                        order by invoice_date, number, id""")
                .params(customer.value(), asOf)
                .query((rs, n) -> {
                    LocalDate date = rs.getObject(4, LocalDate.class);
                    return new OpenInvoice(rs.getLong(1), rs.getLong(2), rs.getLong(3), date,
                            ChronoUnit.DAYS.between(date, asOf), Money.cents(rs.getBigDecimal(5)),
                            Money.cents(rs.getBigDecimal(6)));
                })
                .list();
    }

    /**
     * An invoice payment row (a tender, a refund or a receipt's application) that paid its invoice on {@code :end}:
     * dated on or before it, and neither voided nor moved to credit on account until after it (those dates in the
     * invoice's store's zone, the date their entries were posted on). Alias p for the row, s for the invoice's store.
     */
    private static final String APPLYING_ON_END = " " + """
            p.payment_date <= :end
            and (p.voided_at is null or cast(p.voided_at at time zone s.time_zone as date) > :end)
            and (p.moved_to_credit_at is null or cast(p.moved_to_credit_at at time zone s.time_zone as date) > :end)
            """;

    /**
     * §AR R7: the customer's invoices that owed something on {@code end}, oldest first, aged as of it — each balance as
     * it stood then (total − the payments applying then − a write-off standing then), not as it is today, so a statement
     * of a past range shows what was owed at its end. Read from the documents, because the journal cannot tell which
     * invoice an application paid (PAYMENT_APPLIED nets to zero on the customer's AR).
     */
    public List<OpenInvoice> openInvoicesOn(ContactId customer, LocalDate end) {
        return jdbc.sql("""
                        select * from (
                            select i.id, i.number, i.store_id, i.invoice_date, i.ar_total,
                                   i.ar_total
                                   - coalesce((select sum(p.amount) from invoice_payment p
                                               where p.tenant_id = i.tenant_id and p.invoice_id = i.id and """ + APPLYING_ON_END + """
                                              ), 0)
                                   - coalesce((select sum(w.amount) from invoice_write_off w
                                               where w.tenant_id = i.tenant_id and w.invoice_id = i.id
                                                 and w.write_off_date <= :end
                                                 and (w.reversal_date is null or w.reversal_date > :end)), 0) as balance
                            from invoice i join store s on s.tenant_id = i.tenant_id and s.id = i.store_id
                            where i.customer_id = :customer and i.status = 'FINALIZED' and i.invoice_date <= :end) o
                        where o.balance <> 0
                        order by o.invoice_date, o.number, o.id""")
                .param("customer", customer.value()).param("end", end)
                .query((rs, n) -> {
                    LocalDate date = rs.getObject(4, LocalDate.class);
                    return new OpenInvoice(rs.getLong(1), rs.getLong(2), rs.getLong(3), date,
                            ChronoUnit.DAYS.between(date, end), Money.cents(rs.getBigDecimal(5)),
                            Money.cents(rs.getBigDecimal(6)));
                })
                .list();
    }

    /**
     * The customer's credit on account as it stood on {@code end} (the one definition, sales.CustomerPayments, dated):
     * Σ over the receipts received by then and not voided by then of (amount − its applications applying then).
     */
    public BigDecimal creditOnAccountOn(ContactId customer, LocalDate end) {
        return Money.cents(jdbc.sql("""
                        select coalesce(sum(cp.amount - coalesce((
                                   select sum(p.amount) from invoice_payment p
                                   join invoice i on i.tenant_id = p.tenant_id and i.id = p.invoice_id
                                   join store s on s.tenant_id = i.tenant_id and s.id = i.store_id
                                   where p.tenant_id = cp.tenant_id and p.receipt_id = cp.id and """ + APPLYING_ON_END + """
                               ), 0)), 0)
                        from customer_payment cp
                        where cp.customer_id = :customer and cp.payment_date <= :end
                          and (cp.voided_at is null or cp.void_date > :end)""")
                .param("customer", customer.value()).param("end", end).query(BigDecimal.class).single());
    }

    /** The customer's AR sub-ledger: every entry in date order with its running balance; newest page first. */
    public Paged<LedgerEntry> ledger(ContactId customer, int page, int size) {
        long total = jdbc.sql("""
                        select count(distinct l.entry_id) from journal_line l
                        join account a on a.tenant_id = l.tenant_id and a.id = l.account_id
                        where a.system_key = 'AR' and l.contact_id = ?""")
                .param(customer.value()).query(Long.class).single();
        List<LedgerEntry> rows = jdbc.sql(LEDGER + " select * from ledger order by entry_date desc, id desc limit ? offset ?")
                .params(customer.value(), size, (long) page * size).query(Receivables::entry).list();
        return new Paged<>(rows, page, size, total);
    }

    /** §AR R7: what the statement of {@code from}..{@code to} prints — opening balance, the range's entries, closing. */
    public Activity activity(ContactId customer, LocalDate from, LocalDate to) {
        BigDecimal opening = Money.cents(jdbc.sql("""
                        select coalesce(sum(l.debit - l.credit), 0) from journal_line l
                        join account a on a.tenant_id = l.tenant_id and a.id = l.account_id
                        join journal_entry e on e.tenant_id = l.tenant_id and e.id = l.entry_id
                        where a.system_key = 'AR' and l.contact_id = ? and e.entry_date < ?""")
                .params(customer.value(), from).query(BigDecimal.class).single());
        List<LedgerEntry> entries = jdbc.sql(LEDGER + """
                         select * from ledger where entry_date between ? and ? order by entry_date, id""")
                .params(customer.value(), from, to).query(Receivables::entry).list();
        BigDecimal closing = entries.isEmpty() ? opening : entries.getLast().running();
        return new Activity(opening, entries, closing);
    }


    /**
     * The customer's AR lines grouped by entry, with the running balance over all of them in date order (entry id
     * breaks ties, the order they were posted). Bind parameter: the customer.
     */
    private static final String LEDGER = """
            with lines as (
                select e.id, e.entry_date, e.posting, e.document_type, e.document_id, e.document_number, e.invoice_id,
                       e.memo, sum(l.debit - l.credit) as effect, sum(l.debit) as amount
                from journal_line l
                join account a on a.tenant_id = l.tenant_id and a.id = l.account_id
                join journal_entry e on e.tenant_id = l.tenant_id and e.id = l.entry_id
                where a.system_key = 'AR' and l.contact_id = ?
                group by e.tenant_id, e.id),
            ledger as (
                select lines.*, i.number as invoice_number,
                       sum(lines.effect) over (order by lines.entry_date, lines.id) as running
                from lines left join invoice i on i.id = lines.invoice_id)
            """;

    private static String order(ListQuery query) {
        // the list component's order already ends with the row id; the API's and the checks' do not
        return query.orderBy() == null || query.orderBy().isBlank() ? BY_BALANCE + ", r.customer_id" : query.orderBy();
    }

    private static CustomerAr row(ResultSet rs, int n) throws SQLException {
        return new CustomerAr(new ContactId(rs.getLong("customer_id")), rs.getString("name"), rs.getString("email"),
                Money.cents(rs.getBigDecimal("balance")), Money.cents(rs.getBigDecimal("b0")),
                Money.cents(rs.getBigDecimal("b31")), Money.cents(rs.getBigDecimal("b61")),
                Money.cents(rs.getBigDecimal("b91")), Money.cents(rs.getBigDecimal("credit")),
                rs.getObject("last_activity", LocalDate.class));
    }

    private static LedgerEntry entry(ResultSet rs, int n) throws SQLException {
        BigDecimal effect = Money.cents(rs.getBigDecimal("effect"));
        return new LedgerEntry(rs.getLong("id"), rs.getObject("entry_date", LocalDate.class), rs.getString("posting"),
                rs.getString("document_type"), rs.getObject("document_id", Long.class), rs.getString("document_number"),
                rs.getObject("invoice_id", Long.class), rs.getObject("invoice_number", Long.class), rs.getString("memo"),
                effect, Money.cents(rs.getBigDecimal("amount")), Money.cents(rs.getBigDecimal("running")));
    }
}
