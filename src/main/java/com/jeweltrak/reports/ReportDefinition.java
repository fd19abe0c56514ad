package com.jeweltrak.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.jeweltrak.platform.users.Permission;

/**
 * A report as it is declared, once: its place on the landing page, who may run it, its filters and its views. The shell
 * serves from this alone the page ({@code /reports/{key}}), its htmx fragment, Print, PDF, Excel, CSV, Email and the JSON
 * API ({@code /api/v1/reports/{key}}). Declare it as a bean.
 *
 * @param permissions every one of them is needed (ShowReports, C11; CanViewCost too for a report about cost)
 * @param views       the first is the default; "summary" and "detail" where the spec has both (C2)
 */
public record ReportDefinition(String key, String title, String description, ReportCategory category,
                               List<String> permissions, List<ReportFilter> filters, List<ReportView> views,
                               ParameterDerivation derivation) {

    public ReportDefinition {
        if (key == null || !key.matches("[a-z][a-z0-9-]*")) throw new IllegalArgumentException("Bad report key " + key);
        Objects.requireNonNull(category, "category");
        permissions = List.copyOf(permissions);
        filters = List.copyOf(filters);
        views = List.copyOf(views);
        if (views.isEmpty()) throw new IllegalArgumentException(key + ": a report needs a view");
        if (filters.stream().map(ReportFilter::key).distinct().count() != filters.size()) {
            throw new IllegalArgumentException(key + ": filter keys must be unique");
        }
        if (derivation == null) derivation = ParameterDerivation.NONE;
    }

    public static Builder builder(String key, String title) {
        return new Builder(key, title);
    }

    public String pageUrl() {
        return "/reports/" + key;
    }

    public String apiUrl() {
        return "/api/v1/reports/" + key;
    }

    public ReportView defaultView() {
        return views.getFirst();
    }

    public Optional<ReportView> view(String viewKey) {
        return views.stream().filter(v -> v.key().equals(viewKey)).findFirst();
    }

    public Optional<ReportFilter> filter(String filterKey) {
        return filters.stream().filter(f -> f.key().equals(filterKey)).findFirst();
    }

    public boolean hasSummaryAndDetail() {
        return views.size() > 1;
    }

    public static final class Builder {
        private final String key;
        private final String title;
        private String description;
        private ReportCategory category;
        private final List<String> permissions = new ArrayList<>(List.of(Permission.SHOW_REPORTS));
        private final List<ReportFilter> filters = new ArrayList<>();
        private final List<ReportView> views = new ArrayList<>();
        private ParameterDerivation derivation;

        private Builder(String key, String title) {
            this.key = key;
            this.title = title;
        }

        public Builder description(String value) { this.description = value; return this; }
        public Builder category(ReportCategory value) { this.category = value; return this; }
        public Builder requires(String permission) { this.permissions.add(permission); return this; }
        public Builder filter(ReportFilter value) { this.filters.add(value); return this; }
        public Builder view(ReportView value) { this.views.add(value); return this; }
        public Builder derive(ParameterDerivation value) { this.derivation = value; return this; }

        public ReportDefinition build() {
            return new ReportDefinition(key, title, description, category, permissions, filters, views, derivation);
        }
    }
}
