package com.jeweltrak.reports.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.users.Permission;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The Dashboard (09 §1): where a person lands after sign-in (R1). It shows the CURRENT store's figures — the store
 * chosen in the header's store switch (R8, platform StoreSwitchController) — and what their permissions allow (R7):
 * without ShowReports no chart and no money counters; each list's counter and recent activity only with that list's
 * View permission. The chart's data comes from {@code /dashboard/sales-history} (the Exclude-trade-ins toggle
 * re-fetches it, static/js/dashboard.js).
 */
@Controller
@PreAuthorize("isAuthenticated()")
class DashboardController {

    private static final int RECENT = 8;

    private final DashboardFigures figures;
    private final Clock clock;

    DashboardController(DashboardFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    @GetMapping("/")
    String dashboard(Model model) {
        CurrentUser me = CurrentUser.require();
        boolean reports = me.can(Permission.SHOW_REPORTS);
        model.addAttribute("showReports", reports);
        model.addAttribute("canViewInvoices", me.can("Invoices.View"));
        model.addAttribute("canCreateInvoices", me.can("Invoices.Create"));
        model.addAttribute("canViewMemos", me.can("Memos.View"));
        model.addAttribute("canCreateMemos", me.can("Memos.Create"));
        List<Family> families = Arrays.stream(Family.values()).filter(f -> me.can(f.viewPermission())).toList();
        model.addAttribute("canViewInventory", !families.isEmpty());
        model.addAttribute("memoListFamily", families.isEmpty() ? null : families.getFirst().slug());
        if (me.currentStore() != null) {
            LocalDate today = today(me);
            model.addAttribute("today", today);
            model.addAttribute("counters", figures.counters(me.currentStore().id(), today, reports));
            model.addAttribute("recent", figures.recent(me.currentStore().id(), me.can("Invoices.View"),
                    me.can("Memos.View"), families.stream().map(Family::code).toList(), RECENT));
        }
        return "reports/dashboard";
    }

    /** R2, R3: the chart's data as JSON, for the current store. */
    @GetMapping("/dashboard/sales-history")
    @ResponseBody
    @PreAuthorize("hasAuthority('ShowReports')")
    DashboardFigures.SalesHistory salesHistory(@RequestParam(defaultValue = "false") boolean excludeTradeIns) {
        CurrentUser me = CurrentUser.require();
        if (me.currentStore() == null) throw new AccessDeniedException("Choose a store first");
        return figures.salesHistory(me.currentStore().id(), today(me), excludeTradeIns);
    }

    private LocalDate today(CurrentUser me) {
        return LocalDate.now(clock.withZone(me.zone()));
    }
}
