package com.jeweltrak.accounting.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.jeweltrak.accounting.JournalExport;
import com.jeweltrak.platform.BusinessRuleViolated;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The journal export for QuickBooks over the API (issue 10 point 8) and its account mapping. */
@RestController
@RequestMapping("/api/v1/journal-export")
@Tag(name = "Accounting", description = "The journal, chart of accounts and trial balance (08-accounting)")
@PreAuthorize("hasAuthority('ShowReports')")
class JournalExportApi {

    record MappingJson(long accountId, String code, String name, String quickbooksName) {
    }

    /** {@code names}: QuickBooks name by account id; blank (or our own name) = export under our own name. */
    record MappingRequest(Map<Long, String> names) {
    }

    private final JournalExport export;

    JournalExportApi(JournalExport export) {
        this.export = export;
    }

    @GetMapping
    @Operation(summary = "The journal lines of the entries dated from..to (default the last whole month), streamed: "
            + "format=csv (text/csv) or iif (QuickBooks Desktop import, application/octet-stream); 422 for an inverted "
            + "range (needs ShowReports)")
    void download(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  @RequestParam(required = false, defaultValue = "csv") String format, HttpServletResponse response)
            throws IOException {
        ReportPeriod period = ReportPeriod.of(from, to);
        if (!period.valid()) throw new BusinessRuleViolated("from", period.error());
        JournalExport.Format chosen = switch (format.toLowerCase()) {
            case "csv" -> JournalExport.Format.CSV;
            case "iif" -> JournalExport.Format.IIF;
            default -> throw new BusinessRuleViolated("format", "The format is csv or iif.");
        };
        JournalExportController.stream(export, period, chosen, response);
    }

    @GetMapping("/mapping")
    @Operation(summary = "Every account with the QuickBooks account name it exports under (needs ShowReports)")
    List<MappingJson> mapping() {
        return export.mapping().stream().map(m -> new MappingJson(m.accountId(), m.code(), m.name(), m.quickbooksName()))
                .toList();
    }

    @PutMapping("/mapping")
    @Operation(summary = "Set QuickBooks account names by account id; blank resets to our own name; 404 for an unknown "
            + "account (needs ShowReports)")
    List<MappingJson> saveMapping(@RequestBody MappingRequest request) {
        export.saveMapping(request.names() == null ? Map.of() : request.names());
        return mapping();
    }
}
