package com.jeweltrak.partnerships.audit.web;

import com.jeweltrak.partnerships.audit.PartnershipAudits;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The Partnership audit view of one reconciled item (02-sales §Partnerships R18; issue 8 point 5). Cost figures. */
@Controller
class PartnershipAuditController {

    private final PartnershipAudits audits;

    PartnershipAuditController(PartnershipAudits audits) {
        this.audits = audits;
    }

    @GetMapping("/partnerships/reconciliations/{id}/audit")
    @PreAuthorize("hasAuthority('Invoices.View') and hasAuthority('CanViewCost')")
    String audit(@PathVariable long id, Model model) {
        model.addAttribute("audit", audits.get(id));
        return "partnerships/audit";
    }
}
