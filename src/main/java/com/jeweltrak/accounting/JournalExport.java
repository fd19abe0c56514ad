package com.jeweltrak.accounting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.jeweltrak.platform.BusinessRuleViolated;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The journal of a period for QuickBooks (issue 10 point 8): a CSV of every line, or an IIF file QuickBooks Desktop
 * imports (one GENERAL JOURNAL transaction per entry: a TRNS line, SPL lines, ENDTRNS; debits positive, credits
 * negative, so each transaction sums to 0). Accounts go out under the name the tenant mapped them to in its QuickBooks
 * chart ({@code account_export_mapping}), by default our own name. Rows are streamed from the database to the writer
 * (a cursor of {@value #FETCH} rows), so a year of journal is never held in memory.
 */
@Service
public class JournalExport {

    public enum Format { CSV, IIF }

    /** One account with the QuickBooks name it exports under. */
    public record Mapping(long accountId, String code, String name, String quickbooksName, boolean mapped) {
    }

    static final int FETCH = 500;
    private static final DateTimeFormatter IIF_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private final JdbcClient jdbc;
    private final JdbcClient streaming;

    JournalExport(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        JdbcTemplate cursor = new JdbcTemplate(dataSource);
        cursor.setFetchSize(FETCH); // PostgreSQL streams with a fetch size inside a transaction (no autocommit)
        this.streaming = JdbcClient.create(cursor);
    }

    /** An inverted range is refused with the reason, beside the "from" box. */
    public static void checkRange(LocalDate from, LocalDate to) {
        if (from == null || to == null) throw new BusinessRuleViolated("from", "Choose the first and the last day.");
        if (from.isAfter(to)) {
            throw new BusinessRuleViolated("from", "The period starts after it ends: " + from + " is after " + to + ".");
        }
    }

    @Transactional(readOnly = true)
    public List<Mapping> mapping() {
        return jdbc.sql("""
                        select a.id, a.code, a.name, coalesce(m.quickbooks_name, a.name), m.id is not null
                        from account a left join account_export_mapping m on m.tenant_id = a.tenant_id and m.account_id = a.id
                        order by a.code, a.id""")
                .query((rs, n) -> new Mapping(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5)))
                .list();
    }

    /**
     * Saves the QuickBooks names by account id; a blank name or our own name removes the mapping (the account exports
     * under its own name). An unknown account is refused.
     */
    @Transactional
    public void saveMapping(Map<Long, String> names) {
        Map<Long, Mapping> accounts = new java.util.HashMap<>();
        mapping().forEach(m -> accounts.put(m.accountId(), m));
        for (var e : names.entrySet()) {
            Mapping account = accounts.get(e.getKey());
            if (account == null) throw new com.jeweltrak.platform.RecordNotFound("Account", e.getKey());
            String name = e.getValue() == null ? "" : e.getValue().strip();
            if (name.length() > 100) {
                throw new BusinessRuleViolated("names[" + e.getKey() + "]", "At most 100 characters for account "
                        + account.code() + ".");
            }
            if (name.isEmpty() || name.equals(account.name())) {
                jdbc.sql("delete from account_export_mapping where account_id = ?").param(e.getKey()).update();
            } else {
                jdbc.sql("""
                                insert into account_export_mapping (tenant_id, account_id, quickbooks_name)
                                values (jt_current_tenant(), ?, ?)
                                on conflict (tenant_id, account_id) do update set quickbooks_name = excluded.quickbooks_name""")
                        .params(e.getKey(), name).update();
            }
        }
    }

    /** Writes the journal lines of the entries dated in the range, oldest first, in the format. */
    @Transactional(readOnly = true)
    public void write(LocalDate from, LocalDate to, Format format, Writer out) {
        checkRange(from, to);
        try {
            if (format == Format.CSV) {
                out.write("date,entry id,document type,document number,posting,account code,account name,"
                        + "mapped name,debit,credit,customer,memo\r\n");
            } else {
                out.write("!TRNS\tTRNSID\tTRNSTYPE\tDATE\tACCNT\tNAME\tAMOUNT\tDOCNUM\tMEMO\r\n");
                out.write("!SPL\tSPLID\tTRNSTYPE\tDATE\tACCNT\tNAME\tAMOUNT\tDOCNUM\tMEMO\r\n");
                out.write("!ENDTRNS\r\n");
            }
            long[] current = {-1};
            streaming.sql("""
                            select e.id, e.entry_date, e.document_type, e.document_number, e.posting, e.memo, a.code,
                                   a.name, coalesce(m.quickbooks_name, a.name), l.debit, l.credit,
                                   coalesce(nullif(btrim(concat_ws(' ', c.first_name, c.last_name)), ''), c.company)
                            from journal_entry e
                            join journal_line l on l.tenant_id = e.tenant_id and l.entry_id = e.id
                            join account a on a.tenant_id = l.tenant_id and a.id = l.account_id
                            left join account_export_mapping m on m.tenant_id = a.tenant_id and m.account_id = a.id
                            left join contact c on c.tenant_id = l.tenant_id and c.id = l.contact_id
                            where e.entry_date between ? and ?
                            order by e.entry_date, e.id, l.id""")
                    .params(from, to)
                    .query((ResultSet rs) -> {
                        try {
                            if (format == Format.CSV) csv(rs, out);
                            else iif(rs, out, current);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
            if (format == Format.IIF && current[0] != -1) out.write("ENDTRNS\r\n");
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void csv(ResultSet rs, Writer out) throws SQLException, IOException {
        String[] cells = {rs.getObject(2, LocalDate.class).toString(), Long.toString(rs.getLong(1)), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(7), rs.getString(8), rs.getString(9),
                Money.cents(rs.getBigDecimal(10)).toPlainString(), Money.cents(rs.getBigDecimal(11)).toPlainString(),
                rs.getString(12), rs.getString(6)};
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) line.append(',');
            line.append(csvCell(cells[i], i == 8 || i == 9));
        }
        out.write(line.append("\r\n").toString());
    }

    /** Quoted when needed; text that a spreadsheet would run as a formula is defused with a leading apostrophe. */
    static String csvCell(String value, boolean number) {
        if (value == null) return "";
        String v = !number && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static void iif(ResultSet rs, Writer out, long[] current) throws SQLException, IOException {
        long entry = rs.getLong(1);
        boolean first = entry != current[0];
        if (first && current[0] != -1) out.write("ENDTRNS\r\n");
        current[0] = entry;
        BigDecimal amount = Money.cents(rs.getBigDecimal(10)).subtract(Money.cents(rs.getBigDecimal(11)));
        String memo = rs.getString(6) == null ? rs.getString(5) : rs.getString(6);
        String docNumber = rs.getString(4) == null ? Long.toString(entry) : rs.getString(4);
        out.write(String.join("\t", first ? "TRNS" : "SPL", "", "GENERAL JOURNAL",
                rs.getObject(2, LocalDate.class).format(IIF_DATE), iifCell(rs.getString(9)), iifCell(rs.getString(12)),
                amount.toPlainString(), iifCell(docNumber), iifCell(memo)) + "\r\n");
    }

    /** A tab, line break or double quote would break the IIF row: they become spaces / single quotes. */
    static String iifCell(String value) {
        if (value == null) return "";
        return value.replaceAll("[\\t\\r\\n]+", " ").replace('"', '\'');
    }
}
