package com.jeweltrak.inventory.stones;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GIA's Report Check API: a GraphQL POST to {@code jeweltrak.gia.endpoint} with the key in the Authorization
 * header, asking {@code getReport(report_number)} for the report's results. The query follows GIA's published
 * shape as far as we know it (report_number, report_date, results.shape_and_cutting_style, carat_weight,
 * color_grade, clarity_grade, cut_grade, measurements); a changed schema shows as "unavailable", never as wrong data.
 */
/** Named so that templates can ask {@code @gradingReports.available()} to show the GIA lookup button. */
@Component("gradingReports")
class GiaReportCheck implements GradingReports {

    static final String QUERY = """
            query ReportQuery($ReportNumber: String!) {
              getReport(report_number: $ReportNumber) {
                report_number
                report_date
                results {
                  ... on DiamondGradingReportResults {
                    shape_and_cutting_style carat_weight color_grade clarity_grade cut_grade measurements
                  }
                }
              }
            }""";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:\\.\\d+)?)");

    private final String endpoint;
    private final String apiKey;
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    GiaReportCheck(@Value("${jeweltrak.gia.endpoint:}") String endpoint, @Value("${jeweltrak.gia.api-key:}") String apiKey) {
        this.endpoint = endpoint == null ? "" : endpoint.trim();
        this.apiKey = apiKey == null ? "" : apiKey.trim();
    }

    @Override
    public boolean available() {
        return !endpoint.isEmpty() && !apiKey.isEmpty();
    }

    @Override
    public Optional<GradingReport> lookup(String reportNumber) {
        if (!available()) throw new GradingReportUnavailable("GIA lookup is not set up for this installation.", null);
        String number = reportNumber == null ? "" : reportNumber.trim();
        if (!number.matches("\\d{5,12}")) return Optional.empty();
        String body = json.writeValueAsString(Map.of("query", QUERY, "variables", Map.of("ReportNumber", number)));
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create(endpoint)).timeout(TIMEOUT)
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .header("Authorization", apiKey).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new GradingReportUnavailable("GIA's report service did not answer (" + e.getClass().getSimpleName()
                    + "); type the grading in, or try again later.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GradingReportUnavailable("GIA lookup was interrupted.", e);
        }
        if (response.statusCode() != 200) {
            throw new GradingReportUnavailable("GIA's report service answered HTTP " + response.statusCode()
                    + "; type the grading in, or try again later.", null);
        }
        return read(number, response.body());
    }

    private Optional<GradingReport> read(String number, String body) {
        try {
            JsonNode report = json.readTree(body).path("data").path("getReport");
            if (report.isMissingNode() || report.isNull()) return Optional.empty();
            JsonNode results = report.path("results");
            return Optional.of(new GradingReport("GIA", text(report, "report_number", number),
                    text(results, "shape_and_cutting_style", null), carats(text(results, "carat_weight", null)),
                    text(results, "color_grade", null), text(results, "clarity_grade", null), text(results, "cut_grade", null),
                    text(results, "measurements", null), text(report, "report_date", null)));
        } catch (JacksonException e) {
            throw new GradingReportUnavailable("GIA's report service answered something we could not read.", e);
        }
    }

    private static String text(JsonNode node, String field, String otherwise) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() || value.asString().isBlank() ? otherwise : value.asString().trim();
    }

    /** "1.01 carat" → 1.01. */
    static BigDecimal carats(String text) {
        if (text == null) return null;
        Matcher m = NUMBER.matcher(text);
        return m.find() ? new BigDecimal(m.group(1)) : null;
    }
}
