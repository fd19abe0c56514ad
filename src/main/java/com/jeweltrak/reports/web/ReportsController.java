package com.jeweltrak.reports.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.reports.ReadingReportFilters;
import com.jeweltrak.reports.ReportBookmarks;
import com.jeweltrak.reports.ReportCategory;
import com.jeweltrak.reports.ReportDefinition;
import com.jeweltrak.reports.ReportLink;
import com.jeweltrak.reports.ReportResult;
import com.jeweltrak.reports.Reports;
import com.jeweltrak.reports.RunningAReport;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Reports landing page and every declared report's page (09-reports §2): one URL serves the page and, for htmx,
 * the report's body alone; filters live in the URL (R7); bad filters are said beside their inputs — 422 for a page,
 * 200 for htmx, which swaps only 2xx answers — never an error page.
 */
@Controller
@PreAuthorize("hasAuthority('ShowReports')")
class ReportsController {

    /** A landing-page tile: a declared report (pinnable) or a report on a page of its own. */
    record Tile(String key, String title, String description, String url, boolean pinnable, boolean pinned) {
    }

    record Group(String label, List<Tile> tiles) {
    }

    private final Reports reports;
    private final List<ReportLink> links;
    private final ReadingReportFilters reading;
    private final RunningAReport running;
    private final ReportScreens screens;
    private final ReportBookmarks bookmarks;
    private final ReportDocuments documents;
    private final EmailingAReport emailing;

    ReportsController(Reports reports, List<ReportLink> links, ReadingReportFilters reading, RunningAReport running,
                      ReportScreens screens, ReportBookmarks bookmarks, ReportDocuments documents,
                      EmailingAReport emailing) {
        this.reports = reports;
        this.links = links;
        this.reading = reading;
        this.running = running;
        this.screens = screens;
        this.bookmarks = bookmarks;
        this.documents = documents;
        this.emailing = emailing;
    }

    // §2 R1, R2: search, Pinned, Recently viewed, then the catalog by category — only what the person may run
    @GetMapping("/reports")
    String landing(@RequestParam(required = false) String q, HttpServletRequest request, Model model) {
        CurrentUser me = CurrentUser.require();
        Set<String> pinned = Set.copyOf(bookmarks.pinned(me.id()));
        Map<String, Tile> runnable = new LinkedHashMap<>();
        for (ReportDefinition r : reports.runnableBy(me)) {
            runnable.put(r.key(), new Tile(r.key(), r.title(), r.description(), r.pageUrl(), true, pinned.contains(r.key())));
        }
        String search = q == null ? "" : q.trim().toLowerCase(Locale.ROOT);
        Map<ReportCategory, List<Tile>> byCategory = new LinkedHashMap<>();
        for (ReportCategory category : ReportCategory.values()) byCategory.put(category, new ArrayList<>());
        for (ReportDefinition r : reports.runnableBy(me)) {
            if (matches(r.title(), r.description(), search)) byCategory.get(r.category()).add(runnable.get(r.key()));
        }
        for (ReportLink link : links) {
            if ((link.permission() == null || me.can(link.permission())) && matches(link.title(), link.description(), search)) {
                byCategory.get(link.category()).add(new Tile(link.key(), link.title(), link.description(), link.url(), false, false));
            }
        }
        List<Group> catalog = new ArrayList<>();
        byCategory.forEach((category, tiles) -> {
            tiles.sort(java.util.Comparator.comparing(Tile::title));
            if (!tiles.isEmpty()) catalog.add(new Group(category.label(), tiles));
        });
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("pinnedTiles", bookmarks.pinned(me.id()).stream().map(runnable::get).filter(t -> t != null)
                .filter(t -> matches(t.title(), t.description(), search)).toList());
        model.addAttribute("recentTiles", bookmarks.recent(me.id()).stream().map(runnable::get).filter(t -> t != null)
                .filter(t -> matches(t.title(), t.description(), search)).toList());
        model.addAttribute("catalog", catalog);
        return htmx(request) ? "reports/landing :: found" : "reports/landing";
    }

    @GetMapping("/reports/{key}")
    String report(@PathVariable String key, @RequestParam(required = false) Map<String, String> params,
                  HttpServletRequest request, HttpServletResponse response, Model model, CsrfToken csrf) {
        ReportDefinition report = runnable(key);
        // the e-mail form needs the token, and a long report has flushed the response before the form is rendered
        csrf.getToken();
        boolean fragment = htmx(request);
        if (!fragment) bookmarks.viewed(CurrentUser.require().id(), report.key());
        return render(report, params, fragment, null, Map.of(), model, response);
    }

    // the star toggles the pin (R2); htmx swaps the star, a plain form goes back where it came from
    @PostMapping("/reports/{key}/pin")
    String pin(@PathVariable String key, @RequestParam(required = false) String back, HttpServletRequest request,
               Model model) {
        ReportDefinition report = runnable(key);
        boolean pinned = bookmarks.togglePin(CurrentUser.require().id(), report.key());
        if (htmx(request)) {
            model.addAttribute("starKey", report.key());
            model.addAttribute("starPinned", pinned);
            model.addAttribute("starBack", back);
            return "reports/star :: star";
        }
        return "redirect:" + (back != null && back.startsWith("/reports") && !back.startsWith("//") ? back : report.pageUrl());
    }

    // R4 Print: the same content, formatted for paper, opening the browser's print dialog
    @GetMapping("/reports/{key}/print")
    String print(@PathVariable String key, @RequestParam(required = false) Map<String, String> params, Model model) {
        ReportDefinition report = runnable(key);
        CurrentUser me = CurrentUser.require();
        CheckedRequest checked = CheckedRequest.check(ReportParams.of(report, params), me, reading);
        if (!checked.valid()) return "redirect:" + checked.params().url(report.pageUrl());
        model.addAttribute("doc", documents.printed(checked, me));
        return "reports/print";
    }

    // R4 Email: the current report as a PDF or Excel attachment, queued in the outbox; PRG back to the report
    @PostMapping("/reports/{key}/email")
    String email(@PathVariable String key, @RequestParam(required = false) Map<String, String> params,
                 HttpServletResponse response, Model model, RedirectAttributes flash) {
        ReportDefinition report = runnable(key);
        CurrentUser me = CurrentUser.require();
        EmailingAReport.EmailForm form = new EmailingAReport.EmailForm(params.get("toAddress"), params.get("subject"),
                params.get("message"), params.get("format"));
        ReportParams reportParams = ReportParams.of(report, params);
        CheckedRequest checked = CheckedRequest.check(reportParams, me, reading);
        if (!checked.valid()) return render(report, params, false, form, Map.of(), model, response);
        try {
            String to = emailing.email(checked, form, me);
            flash.addFlashAttribute("flash", "Queued for " + to + ".");
            return "redirect:" + reportParams.url(report.pageUrl());
        } catch (BusinessRuleViolated refused) {
            return render(report, params, false, form, refused.errors(), model, response);
        }
    }

    private String render(ReportDefinition report, Map<String, String> params, boolean fragment,
                          EmailingAReport.EmailForm emailForm, Map<String, String> emailErrors, Model model,
                          HttpServletResponse response) {
        CurrentUser me = CurrentUser.require();
        CheckedRequest checked = CheckedRequest.check(ReportParams.of(report, params), me, reading);
        ReportResult result = checked.valid()
                ? running.run(checked.view(), checked.values(), checked.order(), checked.page(), checked.size()) : null;
        boolean pinned = bookmarks.pinned(me.id()).contains(report.key());
        model.addAttribute("screen", screens.screen(checked, result, pinned, me));
        model.addAttribute("emailForm", emailForm != null ? emailForm
                : new EmailingAReport.EmailForm("", EmailingAReport.defaultSubject(checked), "", "pdf"));
        model.addAttribute("emailErrors", emailErrors);
        model.addAttribute("emailOpen", !emailErrors.isEmpty());
        // htmx swaps only 2xx answers: the messages must reach the bar, so a fragment says 200
        if (!fragment && (!checked.valid() || !emailErrors.isEmpty())) response.setStatus(422);
        return fragment ? "reports/report :: results" : "reports/report";
    }

    private ReportDefinition runnable(String key) {
        ReportDefinition report = reports.find(key).orElseThrow(() -> new RecordNotFound("Report", key));
        if (!Reports.mayRun(report, CurrentUser.require())) throw new AccessDeniedException("Needs " + report.permissions());
        return report;
    }

    private static boolean matches(String title, String description, String search) {
        if (search.isEmpty()) return true;
        return title.toLowerCase(Locale.ROOT).contains(search)
                || (description != null && description.toLowerCase(Locale.ROOT).contains(search));
    }

    static boolean htmx(HttpServletRequest request) {
        return request.getHeader("HX-Request") != null && request.getHeader("HX-History-Restore-Request") == null;
    }
}
