package com.jeweltrak.reports.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.jeweltrak.platform.lists.SpreadsheetText;
import com.jeweltrak.platform.pdf.HtmlPdf;
import com.jeweltrak.platform.pdf.Letterhead;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.reports.ColumnKind;
import com.jeweltrak.reports.ReportColumn;
import com.jeweltrak.reports.ReportResult;
import com.jeweltrak.reports.ReportRow;
import com.jeweltrak.reports.RunningAReport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A report's exports (§2 R4, R5), each from the current filters, view and sort and with only the columns the person may
 * see: CSV and Excel streamed row by row, the PDF and the print page capped at {@value #CAP} rows (a longer PDF is
 * neither read nor quick; Excel has them all).
 */
@Component
class ReportDocuments {

    static final int CAP = 5000;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** What a printed report shows: the page's table without links, and what it was made from. */
    record Printed(String title, String filters, Letterhead letterhead, ReportTable table, String capNote,
                   String printedLine, boolean landscape) {
    }

    private final RunningAReport running;
    private final ReportScreens screens;
    private final Stores stores;
    private final ITemplateEngine templates;
    private final Clock clock;

    ReportDocuments(RunningAReport running, ReportScreens screens, Stores stores, ITemplateEngine templates, Clock clock) {
        this.running = running;
        this.screens = screens;
        this.stores = stores;
        this.templates = templates;
        this.clock = clock;
    }

    /** {@code <key>-<from>_to_<to>.<ext>}, or {@code <key>-<as of or today>.<ext>} for a report without a period (R5). */
    String fileName(CheckedRequest request, String extension) {
        var values = request.values();
        String key = request.params().report().key();
        if (values.from() != null && values.to() != null) return key + "-" + values.from() + "_to_" + values.to() + "." + extension;
        LocalDate asOf = values.parameters().get("asOf") instanceof LocalDate d ? d : values.today();
        return key + "-" + asOf + "." + extension;
    }

    void csv(CheckedRequest request, CurrentUser user, OutputStream out) throws IOException {
        List<ReportColumn> columns = columns(request, user);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF'); // Excel reads accented names right with the byte-order mark
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().get());
        printer.printRecord(columns.stream().map(c -> SpreadsheetText.neutralized(c.label())).toList());
        running.each(request.view(), request.values(), request.order(), row -> {
            List<String> cells = new ArrayList<>(columns.size());
            for (ReportColumn column : columns) cells.add(csvText(column.kind(), row.values().get(column.key())));
            try {
                printer.printRecord(cells);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        ReportResult footer = footer(request);
        if (ReportTable.footer(footer.totals(), columns) != null) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                ReportColumn column = columns.get(c);
                Object value = footer.totals().get(column.key());
                cells.add(c == 0 ? "Total" : value instanceof String ? "" : csvText(column.kind(), value));
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    private static String csvText(ColumnKind kind, Object value) {
        Object exported = kind.exportValue(value);
        if (exported == null) return "";
        if (exported instanceof BigDecimal d) return d.toPlainString();
        return SpreadsheetText.neutralized(exported.toString());
    }

    void xlsx(CheckedRequest request, CurrentUser user, OutputStream out) throws IOException {
        List<ReportColumn> columns = columns(request, user);
        Workbook workbook = new Workbook(out, "JewelTrak", "1.0");
        String sheetName = request.params().report().title();
        Worksheet sheet = workbook.newWorksheet(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName);
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, SpreadsheetText.neutralized(columns.get(c).label()));
            sheet.style(0, c).bold().set();
        }
        sheet.freezePane(0, 1); // R4: the header row stays in view
        int[] row = {0};
        running.each(request.view(), request.values(), request.order(), r -> {
            row[0]++;
            for (int c = 0; c < columns.size(); c++) cell(sheet, row[0], c, columns.get(c), r.values().get(columns.get(c).key()), false);
            if (row[0] % 500 == 0) {
                try {
                    sheet.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        ReportResult footer = footer(request);
        int at = row[0] + 1;
        if (ReportTable.footer(footer.totals(), columns) != null) {
            for (int c = 0; c < columns.size(); c++) {
                Object value = footer.totals().get(columns.get(c).key());
                if (c == 0 && (value == null || value instanceof String)) value = "Total";
                cell(sheet, at, c, columns.get(c), value, true);
            }
            at++;
        }
        for (ReportResult.BreakdownResult result : footer.breakdowns()) {
            at++; // a blank row between the footer and each breakdown
            sheet.value(at, 0, SpreadsheetText.neutralized(result.title()));
            sheet.style(at, 0).bold().set();
            for (var entry : result.entries()) {
                at++;
                sheet.value(at, 0, SpreadsheetText.neutralized(Objects.toString(entry.getKey(), "—")));
                Object value = result.kind().exportValue(entry.getValue());
                if (value instanceof BigDecimal d) {
                    sheet.value(at, 1, d);
                    if (result.kind() == ColumnKind.MONEY) sheet.style(at, 1).format("#,##0.00").set();
                }
            }
        }
        sheet.finish();
        workbook.finish();
    }

    /** Money as a number formatted #,##0.00, counts and quantities as numbers, dates as dates, the rest as text. */
    private static void cell(Worksheet sheet, int r, int c, ReportColumn column, Object value, boolean bold) {
        Object exported = value instanceof String s && column.kind().numeric() ? s : column.kind().exportValue(value);
        if (value instanceof LocalDate date) {
            sheet.value(r, c, date);
            var style = sheet.style(r, c).format("yyyy-mm-dd");
            (bold ? style.bold() : style).set();
            return;
        }
        if (exported instanceof BigDecimal number) {
            sheet.value(r, c, number);
            String format = switch (column.kind()) {
                case MONEY -> "#,##0.00";
                case PERCENT -> "0.00";
                case COUNT -> "#,##0";
                default -> null;
            };
            var style = sheet.style(r, c);
            if (format != null) style.format(format);
            if (format != null || bold) (bold ? style.bold() : style).set();
            return;
        }
        if (exported != null) sheet.value(r, c, SpreadsheetText.neutralized(exported.toString()));
        if (bold && exported != null) sheet.style(r, c).bold().set();
    }

    Printed printed(CheckedRequest request, CurrentUser user) {
        return printed(request, user, CAP);
    }

    Printed printed(CheckedRequest request, CurrentUser user, int cap) {
        List<ReportColumn> columns = columns(request, user);
        ReportResult result = running.run(request.view(), request.values(), request.order(), 0, cap);
        List<ReportTable.Row> rows = new ArrayList<>();
        for (ReportRow row : result.rows().content()) {
            rows.add(ReportTable.row(row, columns, request.view().rowClassOf(row), request.params(), false));
        }
        ReportTable table = new ReportTable(ReportTable.plainHeaders(columns), rows,
                ReportTable.footer(result.totals(), columns), ReportTable.breakdowns(result.breakdowns()));
        long count = result.rows().totalElements();
        String capNote = count > cap ? "First " + String.format(Locale.US, "%,d", cap) + " of "
                + String.format(Locale.US, "%,d", count) + " rows — export to Excel for all" : null;
        String printed = "Printed " + LocalDate.now(clock.withZone(user.zone())) + " by " + user.displayName();
        String title = request.params().report().title()
                + (request.params().report().hasSummaryAndDetail() ? " — " + request.view().label() : "");
        return new Printed(title, screens.summary(request, user), Letterhead.of(store(user)), table, capNote, printed,
                columns.size() > 7);
    }

    String html(Printed printed, String template) {
        Context context = new Context(Locale.US);
        context.setVariable("doc", printed);
        return templates.process(template, context);
    }

    byte[] pdf(CheckedRequest request, CurrentUser user) {
        return HtmlPdf.render(html(printed(request, user), "reports/pdf"));
    }

    byte[] xlsxBytes(CheckedRequest request, CurrentUser user) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            xlsx(request, user, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private ReportResult footer(CheckedRequest request) {
        return running.run(request.view(), request.values(), request.order(), 0, 1);
    }

    private static List<ReportColumn> columns(CheckedRequest request, CurrentUser user) {
        return RunningAReport.visibleColumns(request.view(), request.values(), user);
    }

    /** The letterhead of the store the person works in (a background caller: the tenant's first). */
    private Store store(CurrentUser user) {
        List<Store> all = stores.all();
        return all.stream().filter(s -> user.currentStore() != null && s.id().equals(user.currentStore().id()))
                .findFirst().orElseGet(all::getFirst);
    }
}
