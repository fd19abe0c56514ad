package com.jeweltrak.services.web;

import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.WorkOrders;
import com.jeweltrak.services.warranty.WarrantyWindow;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The warranty as the detail page shows it (03-services §10 R5, R6): the badge — green "Warranty: YYYY-MM-DD" while
 * it runs (through the expiry date, inclusive), gray "Warranty expired" after, amber "Warranty Redo ↗" on a redo —
 * the Create Warranty Redo button (picked-up jobs that are not redos) and the redos opened from this job.
 */
@Component
class WarrantyView {

    private final WorkOrders workOrders;
    private final WarrantyWindow window;

    WarrantyView(WorkOrders workOrders, WarrantyWindow window) {
        this.workOrders = workOrders;
        this.window = window;
    }

    void describe(WorkOrder job, Model model) {
        String badge = null;
        String tone = null;
        if (job.isRedo()) {
            badge = "Warranty Redo ↗";
            tone = "warning";
            model.addAttribute("original", workOrders.find(job.warrantyOf()).orElse(null));
        } else if (job.hasWarranty()) {
            boolean runs = job.warrantyRunsOn(window.today(job));
            badge = runs ? "Warranty: " + job.warrantyExpiresAt() : "Warranty expired";
            tone = runs ? "success" : "secondary";
        }
        model.addAttribute("warrantyBadge", badge);
        model.addAttribute("warrantyTone", tone);
        model.addAttribute("mayRedo", window.of(job).mayRedo());
        model.addAttribute("redos", job.isRedo() ? java.util.List.of() : workOrders.redosOf(job.id()));
    }
}
