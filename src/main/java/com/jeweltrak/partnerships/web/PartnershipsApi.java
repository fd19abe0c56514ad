package com.jeweltrak.partnerships.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.partnerships.PartnerShare;
import com.jeweltrak.partnerships.Partnership;
import com.jeweltrak.partnerships.PartnershipId;
import com.jeweltrak.partnerships.PartnershipRows;
import com.jeweltrak.partnerships.PartnershipStatus;
import com.jeweltrak.partnerships.Partnerships;
import com.jeweltrak.partnerships.Reconciliation;
import com.jeweltrak.partnerships.Reconciliations;
import com.jeweltrak.partnerships.ReconcilingAPartnership;
import com.jeweltrak.partnerships.ResettingAPartnership;
import com.jeweltrak.partnerships.SellingToAPartner;
import com.jeweltrak.partnerships.SettingUpAPartnership;
import com.jeweltrak.partnerships.ShareKind;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.idempotency.Idempotent;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.users.Permission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Partnerships over JSON (issue 8 point 9; 02-sales §Partnerships): list and read, set up an item's partnership,
 * reconcile (honours Idempotency-Key), Sell to Partner, start a new cycle. Money as strings; cost figures (values,
 * costs, suggested payouts) only with CanViewCost. Every refusal is Problem Details: 422 for a rule (splits over 100 %,
 * a changed payout without reason, no selling partner …), 409 for a state (reconciling twice, set-up while sold …).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Partnerships", description = "Co-owned inventory: set-up, owner-sold reconciliation, Sell to Partner (02-sales)")
class PartnershipsApi {

    record PartnerJson(long contactId, String name, String shareKind, String percent, boolean sellingPartner) {
    }

    record SuggestionJson(long partnerId, String name, String costPaidAmount, String suggestedPayout) {
    }

    record OwedJson(long invoiceId, long invoiceNumber, LocalDate soldOn, String salePrice, String tradeConcession,
                    String cost, String grossProfit, String storeKeeps, List<SuggestionJson> suggestions) {
    }

    record DetailJson(long partnerId, String shareKind, String percent, String costPaidAmount, String suggestedPayout,
                      String payout, LocalDate paymentDate, String paymentMethod, String checkNumber, String notes,
                      String adjustmentReason) {
    }

    record ReconciliationJson(long id, String settlementType, long invoiceId, String actualCost, String partnershipValue,
                              String primaryCostValue, String salePrice, String tradeConcession, String grossProfit,
                              Long sellingPartnerId, String totalOwnerProfitValue, String totalOwnerProfitActual,
                              LocalDate reconciledOn, boolean reversed, List<DetailJson> details) {
    }

    record PartnershipJson(long id, long itemId, String stockId, int cycle, String status, String partnershipValue,
                           Long settlementInvoiceId, List<PartnerJson> partners, OwedJson owed,
                           List<ReconciliationJson> reconciliations) {
    }

    record PartnerRequest(Long contactId, String shareKind, String percent, Boolean sellingPartner) {
    }

    record SetUpRequest(String actualCost, String partnershipValue, List<PartnerRequest> partners) {
    }

    record PaymentRequest(Long partnerId, String payout, LocalDate paymentDate, String paymentMethod, String checkNumber,
                          String notes, String adjustmentReason) {
    }

    record ReconcileRequest(List<PaymentRequest> payments) {
    }

    record SellToPartnerRequest(Long sellingPartnerId) {
    }

    record SettlementJson(long partnershipId, long invoiceId) {
    }

    private final Partnerships partnerships;
    private final PartnershipRows rows;
    private final Reconciliations reconciliations;
    private final Items items;
    private final Contacts contacts;
    private final SettingUpAPartnership settingUp;
    private final ReconcilingAPartnership reconciling;
    private final SellingToAPartner selling;
    private final ResettingAPartnership resetting;

    PartnershipsApi(Partnerships partnerships, PartnershipRows rows, Reconciliations reconciliations, Items items,
                    Contacts contacts, SettingUpAPartnership settingUp, ReconcilingAPartnership reconciling,
                    SellingToAPartner selling, ResettingAPartnership resetting) {
        this.partnerships = partnerships;
        this.rows = rows;
        this.reconciliations = reconciliations;
        this.items = items;
        this.contacts = contacts;
        this.settingUp = settingUp;
        this.reconciling = reconciling;
        this.selling = selling;
        this.resetting = resetting;
    }

    @GetMapping("/partnerships")
    @PreAuthorize("hasAuthority('Invoices.View')")
    @Operation(summary = "Partnerships (every cycle), newest first, paged; filter by status (ACTIVE, SOLD, PAID, ENDED) "
            + "and by partner (a contact id)")
    Paged<PartnershipJson> list(@RequestParam(required = false) String status, @RequestParam(required = false) Long partner,
                                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PartnershipStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = PartnershipStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BusinessRuleViolated("status", "Status is one of ACTIVE, SOLD, PAID, ENDED.");
            }
        }
        Paged<Partnership> found = partnerships.page(wanted, partner == null ? null : new ContactId(partner),
                Paged.page(page), Paged.size(size, 25));
        return new Paged<>(found.content().stream().map(this::json).toList(), found.page(), found.size(), found.totalElements());
    }

    @GetMapping("/partnerships/{id}")
    @PreAuthorize("hasAuthority('Invoices.View')")
    @Operation(summary = "One partnership cycle: partners, status, what is owed (suggested payouts, decision 3) and its "
            + "reconciliation snapshots; 404 when it is not the caller's")
    PartnershipJson get(@PathVariable long id) {
        return json(visible(id));
    }

    @PostMapping("/items/{id}/partnership")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Set up (or change) the item's partnership: actualCost (the item's cost; CanViewCost), "
            + "partnershipValue (blank: the cost), partners with shareKind OWNER or PROFIT_ONLY, percent and at most one "
            + "sellingPartner. Needs the item family's Edit permission; 422 when the splits exceed 100 %, a partner is "
            + "listed twice or two are Selling Partners; a contact without the Partner role gains it; 409 while Sold or Paid")
    PartnershipJson setUp(@PathVariable long id, @RequestBody SetUpRequest r) {
        Item item = items.find(new ItemId(id)).orElseThrow(() -> new RecordNotFound("Item", id));
        List<PartnerShare> partners = r.partners() == null ? List.of() : r.partners().stream().map(this::share).toList();
        PartnershipId saved = settingUp.save(item.id(), new SettingUpAPartnership.Terms(
                decimal("actualCost", r.actualCost()), decimal("partnershipValue", r.partnershipValue()), partners));
        return json(partnerships.get(saved));
    }

    @PostMapping("/partnerships/{id}/reconcile")
    @Idempotent
    @PreAuthorize("hasAuthority('Invoices.Edit') and hasAuthority('CanViewCost')")
    @Operation(summary = "Reconcile a sold partnership item (R7–R9): per partner payout (omitted: the suggestion), "
            + "paymentDate (default today), paymentMethod (Cash, Check, Card, ACH, Wire, Other), checkNumber, notes, and "
            + "adjustmentReason — required when the payout differs from the suggestion (422). 409 when already "
            + "reconciled or not sold. Honours Idempotency-Key")
    ResponseEntity<ReconciliationJson> reconcile(@PathVariable long id, @RequestBody(required = false) ReconcileRequest r) {
        Partnership partnership = visible(id);
        List<ReconcilingAPartnership.Payment> payments = r == null || r.payments() == null ? List.of()
                : r.payments().stream().map(p -> {
                    if (p.partnerId() == null) throw new BusinessRuleViolated("partnerId", "Name the partner (partnerId).");
                    return new ReconcilingAPartnership.Payment(new ContactId(p.partnerId()), decimal("payout", p.payout()),
                            p.paymentDate(), p.paymentMethod(), p.checkNumber(), p.notes(), p.adjustmentReason());
                }).toList();
        long recorded = reconciling.reconcile(partnership.id(), payments);
        return ResponseEntity.status(201).body(json(reconciliations.get(recorded)));
    }

    @PostMapping("/partnerships/{id}/sell-to-partner")
    @PreAuthorize("hasAuthority('Invoices.Edit') and hasAuthority('CanViewCost')")
    @Operation(summary = "Sell to Partner (R11): a draft settlement invoice to the selling partner (sellingPartnerId, "
            + "or the flagged Selling Partner) at the store's basis; 422 with no selling partner, 409 unless Active")
    ResponseEntity<SettlementJson> sellToPartner(@PathVariable long id, @RequestBody(required = false) SellToPartnerRequest r) {
        Partnership partnership = visible(id);
        var invoice = selling.sell(partnership.item(), r == null || r.sellingPartnerId() == null ? null
                : new ContactId(r.sellingPartnerId()));
        return ResponseEntity.status(201).body(new SettlementJson(partnership.id().value(), invoice.value()));
    }

    @PostMapping("/partnerships/{id}/reset")
    @PreAuthorize("hasAuthority('Invoices.Edit') and hasAuthority('CanViewCost')")
    @Operation(summary = "Start a new partnership cycle (R10) once the item is back in stock and the cycle is Paid (or "
            + "Sold with its sale returned); the old cycle's records stay; 409 otherwise")
    ResponseEntity<PartnershipJson> reset(@PathVariable long id) {
        Partnership partnership = visible(id);
        PartnershipId fresh = resetting.reset(partnership.item());
        return ResponseEntity.status(201).body(json(partnerships.get(fresh)));
    }

    private Partnership visible(long id) {
        return partnerships.find(new PartnershipId(id)).orElseThrow(() -> new RecordNotFound("Partnership", id));
    }

    private PartnerShare share(PartnerRequest p) {
        if (p.contactId() == null) throw new BusinessRuleViolated("partners", "Name each partner (contactId).");
        ShareKind kind;
        try {
            kind = ShareKind.valueOf(p.shareKind() == null ? "OWNER" : p.shareKind().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolated("partners", "shareKind is OWNER or PROFIT_ONLY.");
        }
        BigDecimal percent = decimal("percent", p.percent());
        if (percent == null) throw new BusinessRuleViolated("percent", "Give each partner's percent.");
        if (contacts.find(new ContactId(p.contactId())).isEmpty()) {
            throw new BusinessRuleViolated("partners", "There is no such contact: " + p.contactId() + ".");
        }
        return new PartnerShare(new ContactId(p.contactId()), kind, percent, Boolean.TRUE.equals(p.sellingPartner()));
    }

    private static BigDecimal decimal(String field, String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new BusinessRuleViolated(field, "Not a number: " + text);
        }
    }

    private static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private PartnershipJson json(Partnership p) {
        boolean seesCost = CurrentUser.get().map(me -> me.can(Permission.CAN_VIEW_COST)).orElse(false);
        Item item = items.get(p.item());
        List<PartnerJson> partners = p.partners().stream().map(s -> new PartnerJson(s.contact().value(),
                contacts.find(s.contact()).map(c -> c.name().full()).orElse(null), s.kind().name(),
                s.percent().stripTrailingZeros().toPlainString(), s.sellingPartner())).toList();
        OwedJson owed = rows.owedOf(p.id()).map(o -> new OwedJson(o.invoice().value(), o.invoiceNumber(), o.soldOn(),
                money(o.salePrice()), money(o.tradeConcession()), seesCost ? money(o.cost()) : null,
                seesCost ? money(o.grossProfit()) : null, seesCost ? money(o.storeKeeps()) : null,
                o.suggestions().stream().map(s -> new SuggestionJson(s.partner().value(), s.name(),
                        seesCost ? money(s.costPaid()) : null, seesCost ? money(s.payout()) : null)).toList())).orElse(null);
        return new PartnershipJson(p.id().value(), p.item().value(), item.stockId(), p.cycle(), p.status().name(),
                seesCost ? money(p.value(item.cost())) : null,
                p.settlementInvoice() == null ? null : p.settlementInvoice().value(), partners, owed,
                seesCost ? reconciliations.of(p.id()).stream().map(this::json).toList() : List.of());
    }

    private ReconciliationJson json(Reconciliation r) {
        return new ReconciliationJson(r.id(), r.type().stored(), r.invoice().value(), money(r.actualCost()),
                money(r.partnershipValue()), money(r.primaryCostValue()), money(r.salePrice()), money(r.tradeConcession()),
                money(r.grossProfit()), r.sellingPartner() == null ? null : r.sellingPartner().value(),
                money(r.totalOwnerProfitValue()), money(r.totalOwnerProfitActual()), r.reconciledOn(), r.reversed(),
                r.details().stream().map(d -> new DetailJson(d.partner().value(), d.kind().name(),
                        d.percent().stripTrailingZeros().toPlainString(), money(d.costPaidAmount()), money(d.suggestedPayout()),
                        money(d.payout()), d.paymentDate(), d.paymentMethod(), d.checkNumber(), d.notes(),
                        d.adjustmentReason())).toList());
    }
}
