package com.jeweltrak.reports.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.reports.ReportColumn;
import com.jeweltrak.reports.ReportFilter;
import com.jeweltrak.reports.ReportResult;
import com.jeweltrak.reports.ReportView;
import com.jeweltrak.reports.RunningAReport;
import org.springframework.stereotype.Component;

/**
 * Turns a report's declaration, the request as checked and its result into what the page shows — generically, so a
 * report author declares filters, views and columns and never writes a template (§2 R3).
 */
@Component
class ReportScreens {

    private final ReportLookups lookups;

    ReportScreens(ReportLookups lookups) {
        this.lookups = lookups;
    }

    ReportScreen screen(CheckedRequest request, ReportResult result, boolean pinned, CurrentUser user) {
        ReportParams params = request.params();
        String path = params.report().pageUrl();
        Map<String, String> errors = request.errors();

        List<ReportScreen.Tab> tabs = new ArrayList<>();
        if (params.report().hasSummaryAndDetail()) {
            for (ReportView view : params.report().views()) {
                tabs.add(new ReportScreen.Tab(view.label(),
                        params.without("page", "sort").with("view", view.key()).url(path), view == request.view()));
            }
        }

        List<ReportScreen.Input> inputs = new ArrayList<>();
        List<ReportScreen.Param> hidden = new ArrayList<>();
        List<ReportScreen.Pill> pills = new ArrayList<>();
        for (ReportFilter filter : params.report().filters()) {
            if (filter.pill()) {
                String value = params.get(filter.key());
                if (value != null) {
                    hidden.add(new ReportScreen.Param(filter.key(), value));
                    pills.add(new ReportScreen.Pill(filter.key(), filter.label(), pillText(filter, value, user),
                            params.without(filter.key(), "page").url(path)));
                }
                continue;
            }
            inputs.addAll(inputs(filter, params, errors, user));
        }
        for (String name : List.of("view", "sort", "size")) {
            if (params.get(name) != null && !errors.containsKey(name)) hidden.add(new ReportScreen.Param(name, params.get(name)));
        }
        Set<String> inputNames = new HashSet<>();
        inputs.forEach(i -> inputNames.add(i.name()));
        List<String> barErrors = new ArrayList<>();
        errors.forEach((field, message) -> {
            if (!inputNames.contains(field)) barErrors.add(message);
        });

        ReportTable table = null;
        ReportScreen.Pager pager = null;
        if (result != null) {
            List<ReportColumn> columns = RunningAReport.visibleColumns(request.view(), request.values(), user);
            List<ReportTable.Header> headers = new ArrayList<>();
            for (ReportColumn column : columns) {
                boolean sorted = column.key().equals(request.order().column());
                String direction = sorted ? (request.order().ascending() ? "asc" : "desc") : null;
                String next = column.key() + ("asc".equals(direction) ? ",desc" : ",asc");
                headers.add(new ReportTable.Header(column.key(), column.label(), column.kind().numeric(),
                        column.sortable() ? params.without("page").with("sort", next).url(path) : null, direction));
            }
            List<ReportTable.Row> rows = result.rows().content().stream()
                    .map(r -> ReportTable.row(r, columns, request.view().rowClassOf(r), params, true)).toList();
            table = new ReportTable(headers, rows, ReportTable.footer(result.totals(), columns),
                    ReportTable.breakdowns(result.breakdowns()));
            pager = pager(result, params, path);
        }
        ReportScreen.Toolbar toolbar = new ReportScreen.Toolbar(params.without("page").url(path + "/print"),
                params.without("page", "size").url(path + "/export.pdf"),
                params.without("page", "size").url(path + "/export.xlsx"),
                params.without("page", "size").url(path + "/export.csv"));
        List<ReportScreen.Param> carried = params.without("page").values().entrySet().stream()
                .map(e -> new ReportScreen.Param(e.getKey(), e.getValue())).toList();
        return new ReportScreen(params.report(), params.url(path), pinned, tabs, inputs, hidden, pills, barErrors, table,
                pager, toolbar, carried);
    }

    private List<ReportScreen.Input> inputs(ReportFilter filter, ReportParams params, Map<String, String> errors,
                                            CurrentUser user) {
        String key = filter.key();
        String typed = params.get(key);
        return switch (filter.kind()) {
            case PERIOD -> List.of(
                    new ReportScreen.Input("from", filter.label() + " from", "date",
                            params.get("from") != null ? params.get("from") : filter.dateDefault().from(lookups.today(user)).toString(),
                            List.of(), errors.get("from"), null),
                    new ReportScreen.Input("to", "To", "date",
                            params.get("to") != null ? params.get("to") : lookups.today(user).toString(),
                            List.of(), errors.get("to"), null));
            case DATE -> List.of(new ReportScreen.Input(key, filter.label(), "date",
                    typed != null ? typed : "today".equals(filter.defaultValue()) ? lookups.today(user).toString()
                            : filter.defaultValue(), List.of(), errors.get(key), null));
            case STORE -> {
                List<Store> stores = lookups.stores(user);
                // C11: a person with one store has nothing to choose
                if (stores.size() < 2 && !errors.containsKey("store")) yield List.of();
                List<ReportScreen.Option> options = new ArrayList<>();
                options.add(new ReportScreen.Option("", "All stores", typed == null));
                for (Store s : stores) {
                    options.add(new ReportScreen.Option(s.id().toString(), s.name(), s.id().toString().equals(typed)));
                }
                yield List.of(new ReportScreen.Input("store", filter.label(), "select", typed, options, errors.get("store"), null));
            }
            case CHOICE -> {
                String chosen = typed != null ? typed : filter.defaultValue();
                List<ReportScreen.Option> options = new ArrayList<>();
                if (filter.defaultValue() == null) options.add(new ReportScreen.Option("", "Any", chosen == null));
                for (ReportFilter.Option o : lookups.options(filter, user)) {
                    options.add(new ReportScreen.Option(o.value(), o.label(), o.value().equals(chosen)));
                }
                yield List.of(new ReportScreen.Input(key, filter.label(), "select", chosen, options, errors.get(key), null));
            }
            case USER -> {
                List<ReportScreen.Option> options = new ArrayList<>();
                options.add(new ReportScreen.Option("", "Anyone", typed == null));
                options.add(new ReportScreen.Option("0", "— unassigned —", "0".equals(typed)));
                for (ReportLookups.Named u : lookups.users()) {
                    options.add(new ReportScreen.Option(u.value(), u.label(), u.value().equals(typed)));
                }
                yield List.of(new ReportScreen.Input(key, filter.label(), "select", typed, options, errors.get(key), null));
            }
            case CONTACT -> List.of(new ReportScreen.Input(key, filter.label(), "contact", typed, List.of(), errors.get(key),
                    typed == null ? null : lookups.contactName(typed).orElse(null)));
            case NUMBER -> List.of(new ReportScreen.Input(key, filter.label(), "number",
                    typed != null ? typed : filter.defaultValue(), List.of(), errors.get(key), null));
            case TEXT -> List.of(new ReportScreen.Input(key, filter.label(), "text", typed, List.of(), errors.get(key), null));
        };
    }

    /** "Customer: Robert Smith" — what a pill says for the value a drill-down set (C2). */
    String pillText(ReportFilter filter, String value, CurrentUser user) {
        return switch (filter.kind()) {
            case CONTACT -> lookups.contactName(value).orElse("#" + value);
            case USER -> lookups.userName(value).orElse("#" + value);
            case STORE -> lookups.storeName(value, user).orElse("#" + value);
            case CHOICE -> lookups.options(filter, user).stream().filter(o -> o.value().equals(value))
                    .map(ReportFilter.Option::label).findFirst().orElse(value);
            default -> value;
        };
    }

    /** "Invoice date 2026-11-01 – 2026-11-22 · Store: Downtown · Status: All" — the filters a document was made with. */
    String summary(CheckedRequest request, CurrentUser user) {
        List<String> parts = new ArrayList<>();
        var values = request.values();
        for (ReportFilter filter : request.params().report().filters()) {
            String typed = values.typed().get(filter.key());
            switch (filter.kind()) {
                case PERIOD -> parts.add(filter.label() + " " + values.from() + " – " + values.to());
                case STORE -> {
                    if (lookups.stores(user).size() > 1) {
                        parts.add("Store: " + (typed == null ? "All stores" : lookups.storeName(typed, user).orElse(typed)));
                    }
                }
                case DATE -> {
                    if (values.date(filter.key()) != null) parts.add(filter.label() + " " + values.date(filter.key()));
                }
                case CHOICE -> {
                    String chosen = typed != null ? typed : filter.defaultValue();
                    parts.add(filter.label() + ": " + (chosen == null ? "Any" : pillText(filter, chosen, user)));
                }
                default -> {
                    if (typed != null) parts.add(filter.label() + ": " + pillText(filter, typed, user));
                }
            }
        }
        return String.join(" · ", parts);
    }

    private static ReportScreen.Pager pager(ReportResult result, ReportParams params, String path) {
        var rows = result.rows();
        long first = rows.totalElements() == 0 ? 0 : (long) rows.page() * rows.size() + 1;
        long last = Math.min((long) (rows.page() + 1) * rows.size(), rows.totalElements());
        String showing = rows.totalElements() == 0 ? "" : "Showing " + first + "–" + last + " of " + rows.totalElements();
        return new ReportScreen.Pager(showing,
                rows.hasPrevious() ? params.with("page", rows.page() == 1 ? null : String.valueOf(rows.page() - 1)).url(path) : null,
                rows.hasNext() ? params.with("page", String.valueOf(rows.page() + 1)).url(path) : null);
    }
}
