package com.jeweltrak.partnerships.audit.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.jeweltrak.partnerships.audit.PartnershipAudit;
import com.jeweltrak.partnerships.audit.PartnershipAudits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The Partnership audit of one reconciliation as JSON (02-sales §Partnerships R18): money as strings. */
@RestController
@Tag(name = "Partnerships")
class PartnershipAuditApi {

    record AuditJson(long reconciliationId, long partnershipId, long itemId, String stockId, String itemDescription,
                     String settlementType, LocalDate reconciledOn, Instant reversedAt, String actualCost,
                     String partnershipValue, String primaryCostValue, String salePrice, String tradeConcession,
                     String grossProfit, String lineCost, String sellingPartner, String totalOwnerProfitValue,
                     String totalOwnerProfitActual, InvoiceJson invoice, List<DetailJson> details,
                     List<PartnershipAudit.Answer> answers) {
    }

    record InvoiceJson(long id, long number, LocalDate date, String status, String customer, List<PaymentJson> payments) {
    }

    record PaymentJson(LocalDate date, String method, String amount, String checkNumber) {
    }

    record DetailJson(long contactId, String partner, String shareKind, String percent, String costPaidAmount,
                      String suggestedPayout, String payout, LocalDate paymentDate, String paymentMethod,
                      String checkNumber, String notes, String adjustmentReason) {
    }

    private final PartnershipAudits audits;

    PartnershipAuditApi(PartnershipAudits audits) {
        this.audits = audits;
    }

    @GetMapping("/api/v1/partnerships/reconciliations/{id}/audit")
    @PreAuthorize("hasAuthority('Invoices.View') and hasAuthority('CanViewCost')")
    @Operation(summary = "The IRS audit table of one partnership reconciliation: each of the article's questions answered "
            + "from the stored snapshot, its per-partner rows and the invoice with its payments; 404 when it is not the "
            + "caller's")
    AuditJson audit(@PathVariable long id) {
        PartnershipAudit a = audits.get(id);
        PartnershipAudit.Invoice i = a.invoice();
        return new AuditJson(a.reconciliation(), a.partnership(), a.item(), a.stockId(), a.itemDescription(),
                a.settlementType(), a.reconciledOn(), a.reversedAt(), money(a.actualCost()), money(a.partnershipValue()),
                money(a.primaryCostValue()), money(a.salePrice()), money(a.tradeConcession()), money(a.grossProfit()),
                money(a.lineCost()), a.sellingPartner(), money(a.totalOwnerProfitValue()), money(a.totalOwnerProfitActual()),
                new InvoiceJson(i.id(), i.number(), i.date(), i.status(), i.customer(), i.payments().stream()
                        .map(p -> new PaymentJson(p.date(), p.method(), money(p.amount()), p.checkNumber())).toList()),
                a.details().stream().map(d -> new DetailJson(d.contact(), d.partner(), d.shareKind(),
                        d.percent().stripTrailingZeros().toPlainString(), money(d.costPaidAmount()),
                        money(d.suggestedPayout()), money(d.payout()), d.paymentDate(), d.paymentMethod(), d.checkNumber(),
                        d.notes(), d.adjustmentReason())).toList(),
                a.answers());
    }

    private static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
