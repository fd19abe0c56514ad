package com.jeweltrak.inventory.stones.web;

import com.jeweltrak.inventory.stones.GradingReport;
import com.jeweltrak.inventory.stones.GradingReports;
import com.jeweltrak.inventory.stones.GradingReports.GradingReportUnavailable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GIA Lookup (§Set Stones R11/R12): the diamond form's and the set-stone form's button asks here and fills the
 * form's fields from the answer; nothing is saved until Save. A service that is down answers 503 with a message
 * the form shows — saving never depends on it.
 */
@RestController
@Tag(name = "Grading reports", description = "Lab report look-ups by report number (GIA Report Check)")
@PreAuthorize("isAuthenticated()")
class GradingReportLookup {

    record LookupJson(boolean found, String message, GradingReportJson report) {
    }

    record GradingReportJson(String lab, String reportNumber, String shape, String caratWeight, String color,
                             String clarity, String cut, String measurements, String reportDate) {
        static GradingReportJson of(GradingReport r) {
            return new GradingReportJson(r.lab(), r.reportNumber(), r.shape(),
                    r.caratWeight() == null ? null : r.caratWeight().toPlainString(), r.color(), r.clarity(), r.cut(),
                    r.measurements(), r.reportDate());
        }
    }

    private final GradingReports reports;

    GradingReportLookup(GradingReports reports) {
        this.reports = reports;
    }

    @GetMapping({"/inventory/grading-reports/gia", "/api/v1/grading-reports/gia"})
    @Operation(summary = "Look up a GIA report by number (for filling a diamond or set-stone form; saves nothing)")
    ResponseEntity<LookupJson> gia(@RequestParam(required = false) String reportNumber) {
        try {
            return reports.lookup(reportNumber)
                    .map(r -> ResponseEntity.ok(new LookupJson(true, null, GradingReportJson.of(r))))
                    .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(new LookupJson(false,
                            "GIA has no report " + (reportNumber == null ? "" : reportNumber.trim()) + ".", null)));
        } catch (GradingReportUnavailable down) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(new LookupJson(false, down.getMessage(), null));
        }
    }
}
