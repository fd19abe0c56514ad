package com.jeweltrak.reports.web;

import java.io.IOException;
import java.util.Map;

import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.reports.ReadingReportFilters;
import com.jeweltrak.reports.ReportDefinition;
import com.jeweltrak.reports.Reports;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The toolbar's PDF, Excel and CSV (09-reports §2 R4, R5): exactly the current filters, view and sort, only the columns
 * the person may see, file names carrying the range. Filters that cannot run send the person back to the report, where
 * each message stands beside its input.
 */
@Controller
@PreAuthorize("hasAuthority('ShowReports')")
class ReportExportsController {

    private final Reports reports;
    private final ReadingReportFilters reading;
    private final ReportDocuments documents;

    ReportExportsController(Reports reports, ReadingReportFilters reading, ReportDocuments documents) {
        this.reports = reports;
        this.reading = reading;
        this.documents = documents;
    }

    @GetMapping("/reports/{key}/export.csv")
    void csv(@PathVariable String key, @RequestParam(required = false) Map<String, String> params,
             HttpServletResponse response) throws IOException {
        CheckedRequest checked = checked(key, params);
        if (!checked.valid()) {
            back(checked, response);
            return;
        }
        start(response, "text/csv;charset=UTF-8", documents.fileName(checked, "csv"));
        documents.csv(checked, CurrentUser.require(), response.getOutputStream());
    }

    @GetMapping("/reports/{key}/export.xlsx")
    void xlsx(@PathVariable String key, @RequestParam(required = false) Map<String, String> params,
             HttpServletResponse response) throws IOException {
        CheckedRequest checked = checked(key, params);
        if (!checked.valid()) {
            back(checked, response);
            return;
        }
        start(response, ReportDocuments.XLSX, documents.fileName(checked, "xlsx"));
        documents.xlsx(checked, CurrentUser.require(), response.getOutputStream());
    }

    @GetMapping("/reports/{key}/export.pdf")
    void pdf(@PathVariable String key, @RequestParam(required = false) Map<String, String> params,
             HttpServletResponse response) throws IOException {
        CheckedRequest checked = checked(key, params);
        if (!checked.valid()) {
            back(checked, response);
            return;
        }
        byte[] pdf = documents.pdf(checked, CurrentUser.require());
        start(response, "application/pdf", documents.fileName(checked, "pdf"));
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    private CheckedRequest checked(String key, Map<String, String> params) {
        ReportDefinition report = reports.find(key).orElseThrow(() -> new RecordNotFound("Report", key));
        CurrentUser me = CurrentUser.require();
        if (!Reports.mayRun(report, me)) throw new AccessDeniedException("Needs " + report.permissions());
        return CheckedRequest.check(ReportParams.of(report, params), me, reading);
    }

    private static void back(CheckedRequest checked, HttpServletResponse response) throws IOException {
        response.sendRedirect(checked.params().url(checked.params().report().pageUrl()));
    }

    private static void start(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString());
    }
}
