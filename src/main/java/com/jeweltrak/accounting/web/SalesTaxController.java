package com.jeweltrak.accounting.web;

import com.jeweltrak.accounting.SalesTaxReport;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.StoreId;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Accounting → Sales tax (08-accounting §Sales Tax R8, R12; issue 10 point 7): liability vs collected for a period, by
 * store and rates, and the $0-tax invoices explained. Default period: the last whole month; an inverted range is
 * said in the filter bar.
 */
@Controller
@PreAuthorize("hasAuthority('ShowReports')")
class SalesTaxController {

    private final SalesTaxReport report;
    private final com.jeweltrak.platform.tenancy.Stores stores;

    SalesTaxController(SalesTaxReport report, com.jeweltrak.platform.tenancy.Stores stores) {
        this.report = report;
        this.stores = stores;
    }

    @GetMapping("/accounting/sales-tax")
    String show(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) Long storeId, Model model, HttpServletResponse response) {
        // decision 7: a store the caller may not access is not theirs to ask about
        if (storeId != null && (stores.find(new StoreId(storeId)).isEmpty()
                || !CurrentUser.require().mayAccess(new StoreId(storeId)))) {
            throw new com.jeweltrak.platform.RecordNotFound("Store", storeId);
        }
        ReportPeriod period = ReportPeriod.of(from, to);
        model.addAttribute("period", period);
        model.addAttribute("storeId", storeId);
        model.addAttribute("stores", CurrentUser.require().stores());
        if (period.valid()) {
            model.addAttribute("report", report.of(period.from(), period.to(), storeId == null ? null : new StoreId(storeId),
                    CurrentUser.require().accessibleStores()));
        } else {
            response.setStatus(422);
        }
        return "accounting/sales-tax";
    }
}
