package com.jeweltrak.accounting;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.lists.ListQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The journal as people read it: entries with their totals, filtered, and one entry with its lines. */
@Repository
@Transactional(readOnly = true)
public class JournalEntries {

    public record Entry(long id, LocalDate date, Long storeId, String storeName, String documentType, Long documentId,
                        String documentNumber, String posting, String memo, BigDecimal amount, Long reversesEntryId,
                        Long reversedByEntryId) {

        /** "Invoice 1042", "Payment 77": the document as a person names it. */
        public String document() {
            String type = documentType.charAt(0) + documentType.substring(1).toLowerCase().replace('_', ' ');
            return type + " " + (documentNumber != null ? documentNumber : documentId != null ? documentId : "");
        }
    }

    public record Line(String accountCode, String accountName, String accountKey, BigDecimal debit, BigDecimal credit,
                       Long contactId, String contactName) {
    }

    public record Detail(Entry entry, String createdBy, Instant createdAt, List<Line> lines) {
    }

    /** The API's and the page's filter: an account (system key or id), a date range, a document. All optional. */
    public record Filter(Long accountId, LocalDate from, LocalDate to, String documentType, Long documentId, String text) {
        public static final Filter NONE = new Filter(null, null, null, null, null, null);
    }

    static final String DEFAULT_ORDER = "e.entry_date desc, e.id desc";

    private static final String SELECT = """
            select e.id, e.entry_date, e.store_id, s.name, e.document_type, e.document_id, e.document_number, e.posting,
                   e.memo, (select coalesce(sum(l.debit), 0) from journal_line l where l.tenant_id = e.tenant_id
                            and l.entry_id = e.id) as amount,
                   e.reverses_entry_id, (select r.id from journal_entry r where r.tenant_id = e.tenant_id
                                         and r.reverses_entry_id = e.id) as reversed_by
            from journal_entry e left join store s on s.tenant_id = e.tenant_id and s.id = e.store_id""";

    private static final String MATCHING = """
            (lower(coalesce(e.document_number, '')) like ? or lower(e.document_type) like ?
             or lower(coalesce(e.memo, '')) like ? or cast(e.document_id as text) like ?)""";

    private final JdbcClient jdbc;

    JournalEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** For the list component: its search box matches the document and memo; its filters are whitelisted SQL. */
    public Paged<Entry> page(ListQuery query) {
        String where = MATCHING + " and " + query.where();
        String pattern = query.searchPattern();
        long total = jdbc.sql("select count(*) from journal_entry e where " + where)
                .params(pattern, pattern, pattern, pattern).query(Long.class).single();
        List<Entry> rows = jdbc.sql(SELECT + " where " + where + " order by " + query.orderBy() + " limit ? offset ?")
                .params(pattern, pattern, pattern, pattern, query.size(), query.offset()).query(JournalEntries::entry).list();
        return new Paged<>(rows, query.page(), query.size(), total);
    }

    public void each(ListQuery query, Consumer<? super Entry> row) {
        String pattern = query.searchPattern();
        jdbc.sql(SELECT + " where " + MATCHING + " and " + query.where() + " order by " + query.orderBy())
                .params(pattern, pattern, pattern, pattern).query(JournalEntries::entry).stream().forEach(row);
    }

    /** For the API: the filter's values are bind parameters. */
    public Paged<Entry> page(Filter filter, int page, int size) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (filter.accountId() != null) {
            conditions.add("exists (select 1 from journal_line l where l.tenant_id = e.tenant_id and l.entry_id = e.id and l.account_id = ?)");
            params.add(filter.accountId());
        }
        if (filter.from() != null) {
            conditions.add("e.entry_date >= ?");
            params.add(filter.from());
        }
        if (filter.to() != null) {
            conditions.add("e.entry_date <= ?");
            params.add(filter.to());
        }
        if (filter.documentType() != null && !filter.documentType().isBlank()) {
            conditions.add("e.document_type = upper(?)");
            params.add(filter.documentType().trim());
        }
        if (filter.documentId() != null) {
            conditions.add("e.document_id = ?");
            params.add(filter.documentId());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = ListQuery.of(filter.text(), null, 0, 1).searchPattern();
            conditions.add(MATCHING);
            params.addAll(List.of(pattern, pattern, pattern, pattern));
        }
        String where = conditions.isEmpty() ? "true" : String.join(" and ", conditions);
        long total = jdbc.sql("select count(*) from journal_entry e where " + where).params(params).query(Long.class).single();
        List<Object> paged = new ArrayList<>(params);
        paged.add(size);
        paged.add((long) page * size);
        List<Entry> rows = jdbc.sql(SELECT + " where " + where + " order by " + DEFAULT_ORDER + " limit ? offset ?")
                .params(paged).query(JournalEntries::entry).list();
        return new Paged<>(rows, page, size, total);
    }

    public Optional<Detail> find(long id) {
        return jdbc.sql(SELECT + " where e.id = ?").param(id).query(JournalEntries::entry).optional().map(entry -> {
            var who = jdbc.sql("""
                            select coalesce(nullif(trim(concat_ws(' ', u.first_name, u.last_name)), ''), 'System'), e.created_at
                            from journal_entry e left join app_user u on u.tenant_id = e.tenant_id and u.id = e.created_by
                            where e.id = ?""")
                    .param(id).query((rs, n) -> new Object[]{rs.getString(1), rs.getTimestamp(2).toInstant()}).single();
            List<Line> lines = jdbc.sql("""
                            select a.code, a.name, a.system_key, l.debit, l.credit, l.contact_id,
                                   coalesce(nullif(trim(concat_ws(' ', c.first_name, c.last_name)), ''), c.company)
                            from journal_line l
                            join account a on a.tenant_id = l.tenant_id and a.id = l.account_id
                            left join contact c on c.tenant_id = l.tenant_id and c.id = l.contact_id
                            where l.entry_id = ? order by l.id""")
                    .param(id)
                    .query((rs, n) -> new Line(rs.getString(1), rs.getString(2), rs.getString(3),
                            Money.cents(rs.getBigDecimal(4)), Money.cents(rs.getBigDecimal(5)),
                            rs.getObject(6, Long.class), rs.getString(7)))
                    .list();
            return new Detail(entry, (String) who[0], (Instant) who[1], lines);
        });
    }

    private static Entry entry(ResultSet rs, int n) throws SQLException {
        return new Entry(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, Long.class), rs.getString(4),
                rs.getString(5), rs.getObject(6, Long.class), rs.getString(7), rs.getString(8), rs.getString(9),
                Money.cents(rs.getBigDecimal(10)), rs.getObject(11, Long.class), rs.getObject(12, Long.class));
    }
}
