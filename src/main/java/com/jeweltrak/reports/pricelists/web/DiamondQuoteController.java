package com.jeweltrak.reports.pricelists.web;

import java.util.List;
import java.util.Map;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.reports.FilterValues;
import com.jeweltrak.reports.InvalidReportFilters;
import com.jeweltrak.reports.ReadingReportFilters;
import com.jeweltrak.reports.ReportDefinition;
import com.jeweltrak.reports.ReportFilter;
import com.jeweltrak.reports.ReportOrder;
import com.jeweltrak.reports.ReportRow;
import com.jeweltrak.reports.Reports;
import com.jeweltrak.reports.RunningAReport;
import com.jeweltrak.reports.pricelists.DiamondPriceList;
import com.jeweltrak.reports.pricelists.DiamondQuotes;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 09-reports §6 R6 Email Selected: the Diamond Price List's stones under the same filters, each with a tick box, and a
 * To / Subject / Message form that sends the ticked stones as one branded quote with their certificates attached (or
 * downloads the quote PDF).
 */
@Controller
class DiamondQuoteController {

    static final String ACCESS = "hasAuthority('ShowReports') and hasAuthority('Diamonds.View')";
    static final String URL = "/reports/diamond-price-list/quote";
    /** A quote is picked by hand from what the filters leave; more than this is a filter to narrow. */
    static final int MOST = 500;

    /** What the form carries: the address, subject, message and the ticked stones. */
    record QuoteForm(String toAddress, String subject, String message, List<Long> stone) {
    }

    private final Reports reports;
    private final ReadingReportFilters filters;
    private final RunningAReport running;
    private final DiamondQuotes quotes;

    DiamondQuoteController(Reports reports, ReadingReportFilters filters, RunningAReport running, DiamondQuotes quotes) {
        this.reports = reports;
        this.filters = filters;
        this.running = running;
        this.quotes = quotes;
    }

    @GetMapping(URL)
    @PreAuthorize(ACCESS)
    String page(@RequestParam Map<String, String> params, Model model) {
        CurrentUser me = CurrentUser.require();
        model.addAttribute("quoteForm", new QuoteForm(null, quotes.defaultSubject(me), null, List.of()));
        return show(params, model, me);
    }

    @PostMapping(URL)
    @PreAuthorize(ACCESS)
    String email(@RequestParam Map<String, String> params, QuoteForm form, Model model, HttpServletResponse response,
                 RedirectAttributes flash) {
        CurrentUser me = CurrentUser.require();
        try {
            String to = quotes.email(me, new DiamondQuotes.Request(form.toAddress(), form.subject(), form.message(),
                    form.stone()));
            flash.addFlashAttribute("quoteMessage", "The quote for " + form.stone().size()
                    + (form.stone().size() == 1 ? " stone" : " stones") + " is on its way to " + to + ".");
            return "redirect:" + URL;
        } catch (BusinessRuleViolated violation) {
            response.setStatus(422);
            model.addAttribute("quoteForm", form);
            model.addAttribute("quoteError", violation.getMessage());
            return show(params, model, me);
        }
    }

    @PostMapping(URL + "/pdf")
    @PreAuthorize(ACCESS)
    ResponseEntity<byte[]> pdf(QuoteForm form) {
        byte[] pdf = quotes.pdf(CurrentUser.require(), form.stone(), form.message());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("diamond-quote.pdf").build().toString())
                .body(pdf);
    }

    private String show(Map<String, String> params, Model model, CurrentUser me) {
        ReportDefinition report = reports.find(DiamondPriceList.KEY).orElseThrow();
        var view = report.defaultView();
        List<ReportRow> stones = List.of();
        Map<String, String> typed = Map.of();
        try {
            FilterValues values = filters.read(report, params, me);
            typed = values.typed();
            stones = running.run(view, values, ReportOrder.parse(params.get("sort"), view), 0, MOST).rows().content();
        } catch (InvalidReportFilters invalid) {
            model.addAttribute("filterErrors", invalid.errors());
        }
        model.addAttribute("stones", stones);
        model.addAttribute("typed", typed);
        model.addAttribute("most", MOST);
        model.addAttribute("stores", filters.storesOf(me));
        for (String key : List.of("shape", "color", "clarity")) {
            ReportFilter filter = report.filter(key).orElseThrow();
            model.addAttribute(key + "Options", filters.options(filter, me));
        }
        return "reports/pricelists/diamond-quote";
    }
}
