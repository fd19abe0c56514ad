package com.jeweltrak.reports.web;

import java.util.ArrayList;
import java.util.List;

import com.jeweltrak.reports.ReportDefinition;
import com.jeweltrak.reports.ReportFilter;
import com.jeweltrak.reports.ReportView;
import com.jeweltrak.reports.Reports;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * {@code /api/v1/reports/{key}} serves every report, so its one operation cannot say what each report takes: this writes
 * one documented path per declared report (issue 11 point 6) with its filters (names, types, defaults, a CHOICE's
 * options), its views, {@code sort}, {@code page} and {@code size}. A path a controller documents itself stays as it is.
 */
@Component
class ReportsOpenApi implements OpenApiCustomizer {

    private final Reports reports;

    ReportsOpenApi(Reports reports) {
        this.reports = reports;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) return;
        PathItem generic = openApi.getPaths().get("/api/v1/reports/{key}");
        Operation template = generic == null ? null : generic.getGet();
        for (ReportDefinition report : reports.all()) {
            if (openApi.getPaths().containsKey(report.apiUrl())) continue;
            Operation operation = new Operation()
                    .operationId("report_" + report.key().replace('-', '_'))
                    .summary(report.title() + (report.description() == null ? "" : " — " + report.description()))
                    .description("Needs " + String.join(", ", report.permissions()) + ". Money and percentages are "
                            + "strings with 2 decimals; a filter that cannot run answers 400 with errors per field.")
                    .parameters(parameters(report));
            if (template != null) {
                operation.tags(template.getTags()).responses(template.getResponses()).security(template.getSecurity());
            }
            openApi.getPaths().addPathItem(report.apiUrl(), new PathItem().get(operation));
        }
    }

    private static List<Parameter> parameters(ReportDefinition report) {
        List<Parameter> parameters = new ArrayList<>();
        for (ReportFilter filter : report.filters()) {
            switch (filter.kind()) {
                case PERIOD -> {
                    parameters.add(query("from", filter.label() + ": first day (inclusive); default "
                            + filter.dateDefault().name().toLowerCase().replace('_', ' '), date(null)));
                    parameters.add(query("to", filter.label() + ": last day (inclusive); default today", date(null)));
                }
                case DATE -> parameters.add(query(filter.key(), filter.label(), date(filter.defaultValue())));
                case STORE -> parameters.add(query("store", "One of the caller's store ids; all their stores when absent",
                        new IntegerSchema().format("int64")));
                case CHOICE -> {
                    StringSchema schema = new StringSchema();
                    if (filter.optionsSql() == null) filter.options().forEach(o -> schema.addEnumItem(o.value()));
                    if (filter.defaultValue() != null) schema.setDefault(filter.defaultValue());
                    parameters.add(query(filter.key(), filter.label()
                            + (filter.optionsSql() != null ? " (options from the data: see GET /api/v1/reports)" : ""), schema));
                }
                case CONTACT -> parameters.add(query(filter.key(), filter.label() + " (contact id)",
                        new IntegerSchema().format("int64")));
                case USER -> parameters.add(query(filter.key(), filter.label() + " (user id; 0 = unassigned)",
                        new IntegerSchema().format("int64")));
                case NUMBER -> {
                    Schema<?> schema = new io.swagger.v3.oas.models.media.NumberSchema();
                    if (filter.defaultValue() != null) schema.setDefault(new java.math.BigDecimal(filter.defaultValue()));
                    parameters.add(query(filter.key(), filter.label(), schema));
                }
                case TEXT -> parameters.add(query(filter.key(), filter.label(), new StringSchema()));
            }
        }
        StringSchema views = new StringSchema();
        report.views().stream().map(ReportView::key).forEach(views::addEnumItem);
        views.setDefault(report.defaultView().key());
        parameters.add(query("view", "Which view: " + String.join(", ", report.views().stream().map(ReportView::label).toList()), views));
        parameters.add(query("sort", "column,asc or column,desc over one of the view's columns; the view's order when absent",
                new StringSchema()));
        parameters.add(query("page", "Page number, from 0", new IntegerSchema()._default(0)));
        parameters.add(query("size", "Rows per page, 1 to 200", new IntegerSchema()._default(CheckedRequest.DEFAULT_SIZE)));
        return parameters;
    }

    private static Schema<?> date(String defaultValue) {
        StringSchema schema = new StringSchema();
        schema.format("date");
        if (defaultValue != null) schema.setDefault(defaultValue);
        return schema;
    }

    private static Parameter query(String name, String description, Schema<?> schema) {
        return new Parameter().in("query").name(name).description(description).required(false).schema(schema);
    }
}
