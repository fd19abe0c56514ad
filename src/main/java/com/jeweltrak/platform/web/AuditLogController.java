package com.jeweltrak.platform.web;

import java.time.LocalDate;
import java.util.List;

import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.audit.AuditEntry;
import com.jeweltrak.platform.audit.AuditFilter;
import com.jeweltrak.platform.audit.LaterEditsNeedConfirmation;
import com.jeweltrak.platform.audit.ReadingTheAuditLog;
import com.jeweltrak.platform.audit.RecordTypes;
import com.jeweltrak.platform.audit.RestoreRefused;
import com.jeweltrak.platform.audit.Restored;
import com.jeweltrak.platform.audit.RestoringAnEntry;
import com.jeweltrak.platform.security.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Utilities → Audit Log (11-utilities §Audit Log & Restore): the filtered log, one entry with its
 * Restore, and a record's History for its own page. Admins only (R1: CanManageUsers).
 */
@Controller
@RequestMapping("/utilities/audit-log")
@PreAuthorize("hasAuthority('CanManageUsers')")
class AuditLogController {

    /** The filters as the form sends them back, so what was chosen stays chosen. */
    record Filters(String type, String record, Long user, LocalDate from, LocalDate to, String action, String q) {
    }

    private final ReadingTheAuditLog log;
    private final RestoringAnEntry restoring;
    private final RecordTypes types;

    AuditLogController(ReadingTheAuditLog log, RestoringAnEntry restoring, RecordTypes types) {
        this.log = log;
        this.restoring = restoring;
        this.types = types;
    }

    /** One URL for the page and, when htmx asks as a filter changes, for just the results. */
    @GetMapping
    String list(@RequestParam(required = false) String type, @RequestParam(required = false) String record,
                @RequestParam(required = false) Long user,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String action, @RequestParam(required = false) String q,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        String knownAction = AuditFilter.action(action).orElse(null);
        Filters filters = new Filters(type, record, user, from, to, knownAction, q);
        Paged<AuditEntry> entries = log.find(new AuditFilter(type, record, user, from, to, knownAction, q, zone()),
                Paged.page(page), Paged.size(size, 50));
        model.addAttribute("filters", filters);
        model.addAttribute("entries", entries);
        model.addAttribute("zone", zone());
        model.addAttribute("previousPage", pageLink(filters, entries.page() - 1, entries.size()));
        model.addAttribute("nextPage", pageLink(filters, entries.page() + 1, entries.size()));
        model.addAttribute("recordTypes", types.all());
        model.addAttribute("people", log.people());
        model.addAttribute("actions", List.of("INSERT", "UPDATE", "DELETE"));
        return htmx != null ? "platform/audit-log :: results" : "platform/audit-log";
    }

    @GetMapping("/{entryId}")
    String entry(@PathVariable long entryId, Model model) {
        return entryPage(log.get(entryId), model);
    }

    /** R6, R7: restore; a refusal (R9–R11) stays on the entry with its reason — and, for R9, the fields to confirm. */
    @PostMapping("/{entryId}/restore")
    String restore(@PathVariable long entryId, @RequestParam(defaultValue = "false") boolean confirm, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        AuditEntry entry = log.get(entryId);
        try {
            Restored restored = restoring.restore(entryId, confirm);
            redirect.addFlashAttribute("flash", "Restored " + (entry.isDelete() ? "the deleted " : "the earlier values of ")
                    + entry.recordLabel().toLowerCase() + (restored.records().size() > 1
                    ? " with " + (restored.records().size() - 1) + " row(s) deleted with it." : "."));
            return "redirect:/utilities/audit-log/" + entryId;
        } catch (RestoreRefused refused) {
            response.setStatus(refused.conflict() ? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("refusal", refused.getMessage());
            if (refused instanceof LaterEditsNeedConfirmation later) model.addAttribute("conflicts", later.conflicts());
            return entryPage(entry, model);
        }
    }

    /** A record's History tab: loaded into its page by htmx, or opened as a page of its own. */
    @GetMapping("/history/{table}/{id}")
    String history(@PathVariable String table, @PathVariable String id,
                   @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("history", log.history(table, id));
        model.addAttribute("recordLabel", types.label(table) + " #" + id);
        model.addAttribute("allLink", UriComponentsBuilder.fromPath("/utilities/audit-log")
                .queryParam("type", table).queryParam("record", id).build().encode().toUriString());
        model.addAttribute("zone", zone());
        return htmx != null ? "platform/audit-history :: history" : "platform/audit-history";
    }

    private String entryPage(AuditEntry entry, Model model) {
        model.addAttribute("entry", entry);
        model.addAttribute("zone", zone());
        return "platform/audit-entry";
    }

    private static java.time.ZoneId zone() {
        return CurrentUser.get().map(CurrentUser::zone).orElse(java.time.ZoneOffset.UTC);
    }

    private static String pageLink(Filters f, int page, int size) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/utilities/audit-log");
        if (f.type() != null && !f.type().isBlank()) link.queryParam("type", f.type());
        if (f.record() != null && !f.record().isBlank()) link.queryParam("record", f.record());
        if (f.user() != null) link.queryParam("user", f.user());
        if (f.from() != null) link.queryParam("from", f.from());
        if (f.to() != null) link.queryParam("to", f.to());
        if (f.action() != null) link.queryParam("action", f.action());
        if (f.q() != null && !f.q().isBlank()) link.queryParam("q", f.q());
        return link.queryParam("page", Math.max(page, 0)).queryParam("size", size).build().encode().toUriString();
    }
}
