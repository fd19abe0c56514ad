package com.jeweltrak.partnerships.report.web;

import com.jeweltrak.partnerships.PendingPayouts;
import com.jeweltrak.platform.lists.ListDefinitions;
import com.jeweltrak.platform.lists.ListRendering;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Sold Partnership Items report page (02-sales §Partnerships R17; 09 Dashboard R12): the settle-up worklist. Its
 * "Pending payouts total" is {@link PendingPayouts#total()}, the figure the Partnerships page calls owed.
 */
@Controller
class SoldItemsController {

    private final ListDefinitions lists;
    private final ListRendering listRendering;
    private final PendingPayouts pending;

    SoldItemsController(ListDefinitions lists, ListRendering listRendering, PendingPayouts pending) {
        this.lists = lists;
        this.listRendering = listRendering;
        this.pending = pending;
    }

    @GetMapping("/partnerships/sold-items")
    @PreAuthorize("hasAuthority('Invoices.View') and hasAuthority('CanViewCost')")
    String report(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request, Model model) {
        model.addAttribute("pendingTotal", SoldItemsList.money(pending.total()));
        return listRendering.page(lists.forCurrentUser(SoldItemsList.KEY), params, request, model,
                "partnerships/report-sold-items");
    }
}
