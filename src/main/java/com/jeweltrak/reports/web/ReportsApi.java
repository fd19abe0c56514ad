package com.jeweltrak.reports.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.reports.ColumnKind;
import com.jeweltrak.reports.Drill;
import com.jeweltrak.reports.FilterKind;
import com.jeweltrak.reports.InvalidReportFilters;
import com.jeweltrak.reports.ReadingReportFilters;
import com.jeweltrak.reports.ReportColumn;
import com.jeweltrak.reports.ReportDefinition;
import com.jeweltrak.reports.ReportFilter;
import com.jeweltrak.reports.ReportResult;
import com.jeweltrak.reports.ReportRow;
import com.jeweltrak.reports.Reports;
import com.jeweltrak.reports.RunningAReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every declared report over the API (issue 11 point 6) with the page's parameters: the catalog, and a report's rows
 * and totals — only the columns the caller may see, money and percentages as strings with 2 decimals, counts as
 * numbers, dates ISO. Filters that cannot run answer 400 with {@code errors} per field.
 */
@RestController
@Tag(name = "Reports", description = "Every report's rows and totals with the same filters as its page (09-reports)")
@PreAuthorize("hasAuthority('ShowReports')")
class ReportsApi {

    record OptionJson(String value, String label) {
    }

    record FilterJson(String key, String label, String kind, List<String> parameters, String defaultValue,
                      List<OptionJson> options, boolean pill) {
    }

    record ViewJson(String key, String label) {
    }

    record CatalogEntry(String key, String title, String description, String category, String url, String apiUrl,
                        List<ViewJson> views, List<FilterJson> filters) {
    }

    record ColumnJson(String key, String label, String kind) {
    }

    record BreakdownJson(String title, String kind, Map<String, Object> values) {
    }

    record ReportJson(String report, String title, String view, Map<String, Object> filters, List<ColumnJson> columns,
                      List<Map<String, Object>> rows, Map<String, Object> totals, List<BreakdownJson> breakdowns,
                      int page, int size, long totalElements) {
    }

    private final Reports reports;
    private final ReadingReportFilters reading;
    private final RunningAReport running;

    ReportsApi(Reports reports, ReadingReportFilters reading, RunningAReport running) {
        this.reports = reports;
        this.reading = reading;
        this.running = running;
    }

    @GetMapping("/api/v1/reports")
    @Operation(summary = "The reports the caller may run, with their views and filters (needs ShowReports)")
    List<CatalogEntry> catalog() {
        CurrentUser me = CurrentUser.require();
        return reports.runnableBy(me).stream().map(r -> entry(r, me)).toList();
    }

    @GetMapping("/api/v1/reports/{key}")
    @Operation(summary = "One report's rows, totals and breakdowns with the page's filters, view, sort, page and size; "
            + "each declared report is also documented under its own path (needs ShowReports and the report's permissions)")
    ReportJson run(@PathVariable String key,
                   @io.swagger.v3.oas.annotations.Parameter(hidden = true) @RequestParam(required = false) Map<String, String> params) {
        CurrentUser me = CurrentUser.require();
        ReportDefinition report = reports.find(key).orElseThrow(() -> new RecordNotFound("Report", key));
        if (!Reports.mayRun(report, me)) throw new AccessDeniedException("Needs " + report.permissions());
        CheckedRequest checked = CheckedRequest.check(ReportParams.of(report, params), me, reading).orThrow();
        ReportResult result = running.run(checked.view(), checked.values(), checked.order(), checked.page(), checked.size());
        List<ReportColumn> columns = RunningAReport.visibleColumns(checked.view(), checked.values(), me);
        Set<String> drillIds = drillIds(columns);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ReportRow row : result.rows().content()) {
            Map<String, Object> json = new LinkedHashMap<>();
            for (ReportColumn column : columns) json.put(column.key(), value(column.kind(), row.values().get(column.key())));
            for (String id : drillIds) if (!json.containsKey(id)) json.put(id, row.values().get(id));
            rows.add(json);
        }
        Map<String, Object> totals = new LinkedHashMap<>();
        for (ReportColumn column : columns) {
            if (result.totals().containsKey(column.key())) {
                Object total = result.totals().get(column.key());
                totals.put(column.key(), total instanceof String ? total : value(column.kind(), total));
            }
        }
        List<BreakdownJson> breakdowns = result.breakdowns().stream().map(b -> {
            Map<String, Object> values = new LinkedHashMap<>();
            b.entries().forEach(e -> values.put(e.getKey() == null ? "" : e.getKey(), value(b.kind(), e.getValue())));
            return new BreakdownJson(b.title(), b.kind().name(), values);
        }).toList();
        Map<String, Object> applied = new LinkedHashMap<>();
        for (ReportFilter filter : report.filters()) {
            if (filter.kind() == FilterKind.PERIOD) {
                applied.put("from", checked.values().from().toString());
                applied.put("to", checked.values().to().toString());
            } else if (filter.kind() == FilterKind.STORE) {
                applied.put("store", checked.values().typed().get("store"));
            } else {
                Object v = checked.values().parameters().get(filter.key());
                applied.put(filter.key(), v instanceof BigDecimal || v instanceof Long ? v : v == null ? null : v.toString());
            }
        }
        return new ReportJson(report.key(), report.title(), checked.view().key(), applied,
                columns.stream().map(c -> new ColumnJson(c.key(), c.label(), c.kind().name())).toList(), rows, totals,
                breakdowns, result.rows().page(), result.rows().size(), result.rows().totalElements());
    }

    /** Filters that cannot run: 400 with a message per field (design §5b). */
    @ExceptionHandler(InvalidReportFilters.class)
    ProblemDetail invalid(InvalidReportFilters e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad Request");
        problem.setProperty("errors", e.errors());
        return problem;
    }

    CatalogEntry entry(ReportDefinition r, CurrentUser me) {
        return new CatalogEntry(r.key(), r.title(), r.description(), r.category().name(), r.pageUrl(), r.apiUrl(),
                r.views().stream().map(v -> new ViewJson(v.key(), v.label())).toList(),
                r.filters().stream().map(f -> new FilterJson(f.key(), f.label(), f.kind().name(),
                        f.kind() == FilterKind.PERIOD ? List.of("from", "to") : List.of(f.key()),
                        f.kind() == FilterKind.PERIOD ? f.dateDefault().name() : f.defaultValue(),
                        f.kind() == FilterKind.CHOICE ? reading.options(f, me).stream()
                                .map(o -> new OptionJson(o.value(), o.label())).toList() : List.of(), f.pill())).toList());
    }

    /** The row ids the columns' drill-downs use (invoice_id …), so an API caller can follow them too. */
    static Set<String> drillIds(List<ReportColumn> columns) {
        Set<String> ids = new LinkedHashSet<>();
        for (ReportColumn column : columns) {
            if (column.drill() instanceof Drill.Peek peek) {
                ids.add(peek.idColumn());
                if (peek.type().startsWith("@")) ids.add(peek.type().substring(1));
            }
            if (column.drill() instanceof Drill.ToView view) {
                view.filters().values().stream().filter(s -> !s.startsWith("=")).forEach(ids::add);
            }
        }
        return ids;
    }

    /** The API's money convention: a string with 2 decimals; counts and quantities as numbers; dates ISO. */
    static Object value(ColumnKind kind, Object value) {
        if (value == null) return null;
        return switch (kind) {
            case MONEY, PERCENT -> new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP).toPlainString();
            case COUNT, QUANTITY -> {
                if (!(value instanceof Number)) yield value;
                BigDecimal number = new BigDecimal(value.toString()).stripTrailingZeros();
                yield number.scale() <= 0 ? (Object) number.longValueExact() : number;
            }
            case DATE -> value instanceof LocalDate d ? d.toString() : value.toString();
            default -> value instanceof Number || value instanceof Boolean ? value : value.toString();
        };
    }
}
