package com.jeweltrak.accounting.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.jeweltrak.accounting.JournalExport;
import com.jeweltrak.platform.BusinessRuleViolated;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Accounting → Export (issue 10 point 8): the journal of a period as CSV or QuickBooks IIF, downloaded as it is read,
 * and the page mapping each of our accounts to its name in the user's QuickBooks chart.
 */
@Controller
@PreAuthorize("hasAuthority('ShowReports')")
class JournalExportController {

    private final JournalExport export;

    JournalExportController(JournalExport export) {
        this.export = export;
    }

    /** The form; with {@code download} set and a good period, the file itself. */
    @GetMapping("/accounting/export")
    String show(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String format, @RequestParam(required = false) String download,
                Model model, HttpServletResponse response) throws IOException {
        ReportPeriod period = ReportPeriod.of(from, to);
        JournalExport.Format chosen = "IIF".equalsIgnoreCase(format) ? JournalExport.Format.IIF : JournalExport.Format.CSV;
        if (download != null && period.valid()) {
            stream(export, period, chosen, response);
            return null;
        }
        if (!period.valid()) response.setStatus(422);
        model.addAttribute("period", period);
        model.addAttribute("format", chosen.name());
        return "accounting/export";
    }

    @GetMapping("/accounting/export/mapping")
    String mapping(Model model) {
        model.addAttribute("accounts", export.mapping());
        return "accounting/export-mapping";
    }

    /** Boxes named {@code name-<accountId>}. */
    @PostMapping("/accounting/export/mapping")
    String saveMapping(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
                       RedirectAttributes flash) {
        Map<Long, String> names = new HashMap<>();
        params.forEach((key, values) -> {
            if (key.startsWith("name-") && key.substring(5).matches("\\d{1,18}")) {
                names.put(Long.parseLong(key.substring(5)), values.isEmpty() ? "" : values.getFirst());
            }
        });
        try {
            export.saveMapping(names);
            flash.addFlashAttribute("flash", "The QuickBooks account names are saved.");
            return "redirect:/accounting/export/mapping";
        } catch (BusinessRuleViolated violation) {
            response.setStatus(422);
            model.addAttribute("mappingError", violation.getMessage());
            model.addAttribute("accounts", export.mapping().stream().map(m -> names.containsKey(m.accountId())
                    ? new JournalExport.Mapping(m.accountId(), m.code(), m.name(), names.get(m.accountId()), m.mapped())
                    : m).toList());
            return "accounting/export-mapping";
        }
    }

    /** Headers first, then the rows straight from the database cursor into the response (never all in memory). */
    static void stream(JournalExport export, ReportPeriod period, JournalExport.Format format,
                       HttpServletResponse response) throws IOException {
        String name = "journal-" + period.from() + "-to-" + period.to() + (format == JournalExport.Format.CSV ? ".csv" : ".iif");
        response.setContentType(format == JournalExport.Format.CSV ? "text/csv;charset=UTF-8" : "application/octet-stream");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        export.write(period.from(), period.to(), format, out);
        out.flush();
    }
}
