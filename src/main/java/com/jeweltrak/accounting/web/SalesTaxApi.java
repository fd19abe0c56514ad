package com.jeweltrak.accounting.web;

import java.util.List;

import com.jeweltrak.accounting.SalesTaxReport;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.StoreId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The sales tax report over the API (08-accounting §Sales Tax R8, R12): money as decimal strings, rates as decimals. */
@RestController
@Tag(name = "Accounting", description = "The journal, chart of accounts and trial balance (08-accounting)")
@PreAuthorize("hasAuthority('ShowReports')")
class SalesTaxApi {

    record RowJson(long storeId, String store, String taxRate, String surtaxRate, String surtaxThreshold,
                   String taxableSales, String nonTaxableSales, String taxLiability, String taxCollected) {
    }

    record ZeroTaxJson(long invoiceId, String invoiceNumber, String invoiceDate, String store, String customer,
                       String reason) {
    }

    record ReportJson(String from, String to, Long storeId, List<RowJson> rows, String taxableSales,
                      String nonTaxableSales, String taxLiability, String taxCollected, List<ZeroTaxJson> zeroTaxInvoices) {
    }

    private final SalesTaxReport report;
    private final com.jeweltrak.platform.tenancy.Stores stores;

    SalesTaxApi(SalesTaxReport report, com.jeweltrak.platform.tenancy.Stores stores) {
        this.report = report;
        this.stores = stores;
    }

    @GetMapping("/api/v1/reports/sales-tax")
    @Operation(summary = "Sales tax liability (finalized invoices by invoice date) vs collected (payments by date) for a "
            + "period, by store and rates, with the $0-tax invoices and why; default the last whole month; 422 for an "
            + "inverted range (needs ShowReports)")
    ReportJson get(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                   @RequestParam(required = false) Long storeId) {
        // decision 7: a store the caller may not access is not theirs to ask about
        if (storeId != null && (stores.find(new StoreId(storeId)).isEmpty()
                || !CurrentUser.require().mayAccess(new StoreId(storeId)))) {
            throw new com.jeweltrak.platform.RecordNotFound("Store", storeId);
        }
        ReportPeriod period = ReportPeriod.of(from, to);
        if (!period.valid()) throw new BusinessRuleViolated("from", period.error());
        SalesTaxReport.Report r = report.of(period.from(), period.to(), storeId == null ? null : new StoreId(storeId),
                    CurrentUser.require().accessibleStores());
        return new ReportJson(r.from().toString(), r.to().toString(), r.storeId(), r.rows().stream()
                .map(x -> new RowJson(x.storeId(), x.store(), plain(x.taxRate()), plain(x.surtaxRate()),
                        x.surtaxThreshold() == null ? null : x.surtaxThreshold().setScale(2).toPlainString(),
                        x.taxableSales().toPlainString(), x.nonTaxableSales().toPlainString(),
                        x.liability().toPlainString(), x.collected().toPlainString()))
                .toList(), r.taxableSales().toPlainString(), r.nonTaxableSales().toPlainString(),
                r.liability().toPlainString(), r.collected().toPlainString(), r.zeroTax().stream()
                .map(z -> new ZeroTaxJson(z.invoiceId(), z.number(), z.date().toString(), z.store(), z.customer(), z.reason()))
                .toList());
    }

    private static String plain(java.math.BigDecimal value) {
        if (value == null) return null;
        java.math.BigDecimal s = value.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
