package com.jeweltrak.partnerships.report.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.jeweltrak.partnerships.report.SoldPartnershipItem;
import com.jeweltrak.partnerships.report.SoldPartnershipItems;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.lists.ListQuery;
import com.jeweltrak.platform.lists.PageRequested;
import com.jeweltrak.platform.tenancy.StoreId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The Sold Partnership Items report as JSON (02-sales §Partnerships R17; issue 8 points 6, 7, 9): money as strings. */
@RestController
@Tag(name = "Partnerships")
class SoldItemsApi {

    /** One sold co-owned item. {@code cost} is the full item cost (owner sold) or the settlement basis (partner sold). */
    record SoldItemJson(long saleId, long itemId, String stockId, String type, String description, long invoiceId,
                        long invoiceNumber, LocalDate invoiceDate, String quantity, String caratWeight, String cost,
                        String sellPrice, String grossProfit, String pendingPayouts, String partners,
                        String settlementType, String status, Long reconciliationId) {
    }

    /** A page of rows; {@code pendingPayoutsTotal} is Σ Pending Payouts over every row the filters match. */
    record SoldItemsPage(List<SoldItemJson> content, int page, int size, long totalElements, String pendingPayoutsTotal) {
    }

    private final SoldPartnershipItems rows;

    SoldItemsApi(SoldPartnershipItems rows) {
        this.rows = rows;
    }

    @GetMapping("/api/v1/reports/sold-partnership-items")
    @PreAuthorize("hasAuthority('Invoices.View') and hasAuthority('CanViewCost')")
    @Operation(summary = "Sold Partnership Items: every co-owned item sold (not cancelled), newest invoice first, with "
            + "its gross profit (full transaction profit) and the payouts still pending; filter by partner, invoice date "
            + "and store")
    SoldItemsPage list(@Parameter(description = "Only items this partner (contact id) shares") @RequestParam(required = false) Long partnerId,
                       @Parameter(description = "Invoice date from (inclusive), ISO date") @RequestParam(required = false)
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                       @Parameter(description = "Invoice date to (inclusive), ISO date") @RequestParam(required = false)
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                       @Parameter(description = "Only invoices of this store") @RequestParam(required = false) Long storeId,
                       @Parameter(description = "Zero-based page number") @RequestParam(required = false) Integer page,
                       @Parameter(description = "Page size, at most 200; default 50") @RequestParam(required = false) Integer size) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new BusinessRuleViolated("from", "The From date is after the To date.");
        }
        PageRequested asked = PageRequested.of(page, size, 50);
        List<String> conditions = new ArrayList<>();
        if (partnerId != null) conditions.add(SoldItemsFilters.partnerSql(partnerId));
        if (from != null) conditions.add(SoldItemsFilters.fromSql(from));
        if (to != null) conditions.add(SoldItemsFilters.toSql(to));
        if (storeId != null) conditions.add(SoldItemsFilters.storeSql(new StoreId(storeId)));
        ListQuery query = new ListQuery("", conditions, "inv.invoice_date desc, s.id desc", asked.page(), asked.size());
        Paged<SoldPartnershipItem> found = rows.page(query);
        return new SoldItemsPage(found.content().stream().map(SoldItemsApi::json).toList(), found.page(), found.size(),
                found.totalElements(), money(rows.pendingTotal(query)));
    }

    private static SoldItemJson json(SoldPartnershipItem r) {
        return new SoldItemJson(r.sale(), r.item(), r.stockId(), r.family().label(), r.description(), r.invoice(),
                r.invoiceNumber(), r.invoiceDate(), plain(r.quantity()), plain(r.carats()), money(r.cost()),
                money(r.sellPrice()), money(r.grossProfit()), money(r.pendingPayouts()), r.partners(), r.settlementType(),
                r.owed() ? "OWED" : "PAID", r.reconciliation());
    }

    private static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString();
    }
}
