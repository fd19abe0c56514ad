package com.jeweltrak.sales.web;

import java.net.URI;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.idempotency.Idempotent;
import com.jeweltrak.platform.lists.PageRequested;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.UserId;
import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.sales.AddingALine;
import com.jeweltrak.sales.ChangingALine;
import com.jeweltrak.sales.DeletingAnInvoice;
import com.jeweltrak.sales.FinalizingAnInvoice;
import com.jeweltrak.sales.Invoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.Invoices;
import com.jeweltrak.sales.OpeningAnInvoice;
import com.jeweltrak.sales.PaymentId;
import com.jeweltrak.sales.ReopeningAnInvoice;
import com.jeweltrak.sales.TakingATender;
import com.jeweltrak.sales.VoidingATender;
import com.jeweltrak.sales.MovingAPaymentToCredit;
import com.jeweltrak.sales.VoidingAnInvoice;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Invoices over the API (02-sales §Finalize, Void, and Reopen; design §5b): 404 for another tenant's invoice or one of a
 * store the caller may not access, 403 without the permission, 409 when the invoice's status does not allow the action,
 * 422 when a rule refuses it. Finalize and payments honour {@code Idempotency-Key}.
 */
@RestController
@RequestMapping("/api/v1/invoices")
@Tag(name = "Invoices", description = "Invoices: lines, finalize / reopen / void / delete, tenders (02-sales)")
class InvoicesApi {

    /**
     * Building and settling a sale (lines, header, finalize, tenders) is the counter's work: Invoices.Create (the Sales
     * group has it) or Invoices.Edit; so is reopening, "deliberately easy" (02-sales §Finalize R6). Voids need
     * CanVoidTransactions (R7; 08 §Voiding Payments R8).
     */
    static final String SELLING = "hasAnyAuthority('Invoices.Create', 'Invoices.Edit')";

    record CreateRequest(Long storeId, Long customerId, Long salespersonId, String invoiceDate, String reference, String notes,
                         String shipTo, String freight, Boolean outOfState) {
    }

    /** {@code sourceLineId}: a return line (02-sales §Returns R2) of that earlier line; then only quantity counts. */
    record LineRequest(String kind, String stockId, String description, String quantity, String unitPrice, String adjustment,
                       Boolean taxable, String cost, Long sourceLineId, String tradeFamily, String tradeCategory,
                       String tradeActualValue, String tradeConcession, String giftCardNumber, Boolean giftCardReload) {

        /** 02-sales §Trade-In: on a TRADE_IN line the credit is unitPrice; tradeConcession goes on sold lines. */
        TradeInLineRequests.TradeFields trade() {
            return new TradeInLineRequests.TradeFields(tradeFamily, tradeCategory, tradeActualValue, tradeConcession);
        }
    }

    /** A refund on a negative-net invoice (02-sales §Returns R5): amount positive, default all that is owed back. */
    record RefundRequest(String method, String amount, String checkNumber, String cardLast4, String reference,
                         String giftCardNumber, Boolean reloadGiftCard) {
    }

    record VoidPaymentRequest(String reason) {
    }

    record PaymentRequest(String method, String amount, String methodName, String checkNumber, String cardLast4,
                          String authCode, String giftCardNumber) {
    }

    private final Invoices invoices;
    private final OpeningAnInvoice opening;
    private final AddingALine adding;
    private final ChangingALine changing;
    private final com.jeweltrak.sales.RemovingALine removing;
    private final FinalizingAnInvoice finalizing;
    private final ReopeningAnInvoice reopening;
    private final VoidingAnInvoice voiding;
    private final DeletingAnInvoice deleting;
    private final TakingATender tenders;
    private final VoidingATender voidingTender;
    private final MovingAPaymentToCredit movingToCredit;
    private final com.jeweltrak.sales.ChangingAnInvoice changingHeader;
    private final com.jeweltrak.sales.AddingAReturnLine returning;
    private final com.jeweltrak.sales.RefundingACustomer refunding;

    /** The top search box's entry follows what the API changes, as it follows the pages. */
    private final InvoiceSearchEntries search;
    private final TradeInLineRequests tradeLines;
    private final com.jeweltrak.sales.SellingAGiftCard sellingGiftCards;
    InvoicesApi(Invoices invoices, OpeningAnInvoice opening, AddingALine adding, ChangingALine changing,
                com.jeweltrak.sales.RemovingALine removing, FinalizingAnInvoice finalizing, ReopeningAnInvoice reopening,
                VoidingAnInvoice voiding, DeletingAnInvoice deleting, TakingATender tenders, VoidingATender voidingTender,
                MovingAPaymentToCredit movingToCredit,
                com.jeweltrak.sales.ChangingAnInvoice changingHeader, InvoiceSearchEntries search,
                com.jeweltrak.sales.AddingAReturnLine returning, com.jeweltrak.sales.RefundingACustomer refunding,
                TradeInLineRequests tradeLines, com.jeweltrak.sales.SellingAGiftCard sellingGiftCards) {
        this.sellingGiftCards = sellingGiftCards;
        this.tradeLines = tradeLines;
        this.returning = returning;
        this.refunding = refunding;
        this.changingHeader = changingHeader;
        this.search = search;
        this.invoices = invoices;
        this.opening = opening;
        this.adding = adding;
        this.changing = changing;
        this.removing = removing;
        this.finalizing = finalizing;
        this.reopening = reopening;
        this.voiding = voiding;
        this.deleting = deleting;
        this.tenders = tenders;
        this.voidingTender = voidingTender;
        this.movingToCredit = movingToCredit;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('Invoices.View')")
    @Operation(summary = "Invoices of the stores the caller may access, newest first, paged")
    Paged<InvoiceJson> list(@Parameter(description = "Zero-based page number") @RequestParam(required = false) Integer page,
                            @Parameter(description = "Page size, at most 200; default 50") @RequestParam(required = false) Integer size) {
        PageRequested asked = PageRequested.of(page, size, 50);
        Paged<Invoice> found = invoices.page(CurrentUser.require().accessibleStores(), asked.page(), asked.size());
        return new Paged<>(found.content().stream().map(this::json).toList(), found.page(), found.size(), found.totalElements());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('Invoices.View')")
    @Operation(summary = "One invoice with its lines, tenders and totals; 404 when it is not the caller's to see")
    InvoiceJson get(@PathVariable long id) {
        return json(visible(id));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('Invoices.Create')")
    @Operation(summary = "Open a new invoice (Open, numbered in the store's sequence); 422 when back-dated into the closed period")
    ResponseEntity<InvoiceJson> create(@RequestBody CreateRequest request) {
        StoreId store = request.storeId() == null ? currentStore() : new StoreId(request.storeId());
        if (store == null || !CurrentUser.require().mayAccess(store)) {
            throw new BusinessRuleViolated("storeId", "Choose one of the stores you work in.");
        }
        InvoiceId id = opening.open(new OpeningAnInvoice.Request(store,
                request.customerId() == null ? null : new ContactId(request.customerId()),
                request.salespersonId() == null ? null : new UserId(request.salespersonId()), InvoiceInput.date(request.invoiceDate()),
                request.reference(), request.notes(), request.shipTo(), InvoiceJson.decimal("freight", request.freight()),
                Boolean.TRUE.equals(request.outOfState())));
        return ResponseEntity.created(URI.create("/api/v1/invoices/" + id)).body(indexed(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize(SELLING)
    @Operation(summary = "Change an Open invoice's customer, salesperson, date, reference, notes, ship-to, freight (R2); "
            + "409 unless Open, 422 for a date in the closed period")
    InvoiceJson change(@PathVariable long id, @RequestBody CreateRequest request) {
        Invoice invoice = visible(id);
        changingHeader.change(invoice.id(), new com.jeweltrak.sales.ChangingAnInvoice.Request(
                request.customerId() == null ? null : new ContactId(request.customerId()),
                request.salespersonId() == null ? null : new UserId(request.salespersonId()), InvoiceInput.date(request.invoiceDate()),
                request.reference(), request.notes(), request.shipTo(), InvoiceJson.decimal("freight", request.freight()),
                Boolean.TRUE.equals(request.outOfState())));
        return indexed(invoice.id());
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('Invoices.Delete')")
    @Operation(summary = "Delete an Open invoice made by mistake (R9); 409 once finalized (void it), 422 with payments applied")
    ResponseEntity<Void> delete(@PathVariable long id) {
        InvoiceId deleted = visible(id).id();
        deleting.delete(deleted);
        search.remove(deleted);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/lines")
    @PreAuthorize(SELLING)
    @Operation(summary = "Add a line: kind ITEM (by stockId), NON_STOCK or SERVICE (optionally with tradeConcession, which "
            + "needs CanEditTradeFields: 0 to the line amount, gross profit only, never printed); TRADE_IN (02-sales §Trade-In: "
            + "description, tradeFamily JEWELRY/WATCH/PEARL, tradeCategory, unitPrice = the credit allowed, tradeActualValue "
            + "blank = the credit, 422 with no value); or, with sourceLineId, a return line of "
            + "that line of the customer's earlier finalized invoice (02-sales §Returns R2, R10–R12: quantity = units coming "
            + "back, −1 or 1; price, cost, adjustment pro-rated and tax rates from the source); 409 unless the invoice is "
            + "Open, 422 beyond what was sold minus what already came back; GIFT_CARD (08-accounting §Gift Cards R1, R7, R8: "
            + "giftCardNumber, unitPrice = the amount put on the card, giftCardReload true to add to an existing card; "
            + "422 when the number exists and giftCardReload is not true; the card is issued at finalize)")
    ResponseEntity<InvoiceJson> addLine(@PathVariable long id, @RequestBody LineRequest r) {
        Invoice invoice = visible(id);
        if (r.sourceLineId() != null) {
            returning.add(invoice.id(), r.sourceLineId(), InvoiceJson.decimal("quantity", r.quantity()));
            return ResponseEntity.status(201).body(indexed(invoice.id()));
        }
        if (InvoiceInput.kind(r.kind()) == com.jeweltrak.sales.LineKind.GIFT_CARD) {
            sellingGiftCards.add(invoice.id(), new com.jeweltrak.sales.SellingAGiftCard.Request(r.giftCardNumber(),
                    InvoiceJson.decimal("unitPrice", r.unitPrice()), Boolean.TRUE.equals(r.giftCardReload())));
            return ResponseEntity.status(201).body(indexed(invoice.id()));
        }
        AddingALine.Request line = new AddingALine.Request(InvoiceInput.kind(r.kind()), r.stockId(), r.description(),
                InvoiceJson.decimal("quantity", r.quantity()), InvoiceJson.decimal("unitPrice", r.unitPrice()),
                InvoiceJson.decimal("adjustment", r.adjustment()), r.taxable(), InvoiceJson.decimal("cost", r.cost()));
        if (line.kind() == com.jeweltrak.sales.LineKind.TRADE_IN || r.trade().any()) tradeLines.add(invoice.id(), line, r.trade());
        else adding.add(invoice.id(), line);
        return ResponseEntity.status(201).body(indexed(invoice.id()));
    }

    @PutMapping("/{id}/lines/{lineId}")
    @PreAuthorize(SELLING)
    @Operation(summary = "Change a line; fields left out keep their value (an adjustment survives, §Adjustment R5); "
            + "tradeConcession on a sold line, tradeActualValue / tradeFamily / tradeCategory on a TRADE_IN line (422 elsewhere); "
            + "a partner settlement line (partnerSettlement, 02-sales §Partnerships R11) takes what the partner remits as "
            + "unitPrice, and refuses taxable=true and any other cost with 422")
    InvoiceJson changeLine(@PathVariable long id, @PathVariable long lineId, @RequestBody LineRequest r) {
        Invoice invoice = visible(id);
        // Partnerships R11: a settlement line's cost is fixed (other lines' cost is not changed here either)
        invoice.line(lineId).checkCostChange(InvoiceJson.decimal("cost", r.cost()));
        ChangingALine.Request line = new ChangingALine.Request(r.description(),
                InvoiceJson.decimal("quantity", r.quantity()), InvoiceJson.decimal("unitPrice", r.unitPrice()),
                InvoiceJson.decimal("adjustment", r.adjustment()), r.taxable());
        if (r.trade().any()) tradeLines.change(invoice.id(), lineId, line, r.trade(), invoice.line(lineId).isTradeIn());
        else changing.change(invoice.id(), lineId, line);
        return indexed(invoice.id());
    }

    @DeleteMapping("/{id}/lines/{lineId}")
    @PreAuthorize(SELLING)
    @Operation(summary = "Remove a line from an Open invoice")
    InvoiceJson removeLine(@PathVariable long id, @PathVariable long lineId) {
        Invoice invoice = visible(id);
        removing.remove(invoice.id(), lineId);
        return indexed(invoice.id());
    }

    @PostMapping("/{id}/finalize")
    @Idempotent
    @PreAuthorize(SELLING)
    @Operation(summary = "Finalize (R4): lock the lines, commit the items, post to AR; honours Idempotency-Key; "
            + "409 when not Open, 422 when an item was sold meanwhile, the period is closed or a partner settlement line is "
            + "still priced 0.00")
    InvoiceJson finalizeInvoice(@PathVariable long id) {
        Invoice invoice = visible(id);
        finalizing.finalizeInvoice(invoice.id());
        return json(invoices.get(invoice.id()));
    }

    @PostMapping("/{id}/reopen")
    @PreAuthorize(SELLING)
    @Operation(summary = "Reopen a Finalized invoice (R6, R12): lines unlock, items stay reserved; 409 when not Finalized")
    InvoiceJson reopen(@PathVariable long id) {
        Invoice invoice = visible(id);
        reopening.reopen(invoice.id());
        return json(invoices.get(invoice.id()));
    }

    @PostMapping("/{id}/void")
    @PreAuthorize("hasAuthority('CanVoidTransactions')")
    @Operation(summary = "Void a Finalized invoice for good (R7, R8): needs CanVoidTransactions; 422 while payments are applied")
    InvoiceJson voidInvoice(@PathVariable long id) {
        Invoice invoice = visible(id);
        voiding.voidInvoice(invoice.id());
        return json(invoices.get(invoice.id()));
    }

    @PostMapping("/{id}/payments")
    @Idempotent
    @PreAuthorize(SELLING)
    @Operation(summary = "Take a tender: CASH (change due), CHECK (checkNumber), CARD (cardLast4 + authCode, at most the "
            + "balance), OTHER (methodName), STORE_CREDIT (the customer's store credit, at most the balance and what the "
            + "credit holds), GIFT_CARD (giftCardNumber: anyone's card, at most the balance and what the card holds — 422 "
            + "naming the card's balance); honours Idempotency-Key; never a full card number")
    ResponseEntity<InvoiceJson> takePayment(@PathVariable long id, @RequestBody PaymentRequest r) {
        Invoice invoice = visible(id);
        tenders.take(invoice.id(), new TakingATender.Request(InvoiceInput.method(r.method()), InvoiceJson.decimal("amount", r.amount()),
                r.methodName(), r.checkNumber(), r.cardLast4(), r.authCode(), r.giftCardNumber()));
        return ResponseEntity.status(201).body(json(invoices.get(invoice.id())));
    }

    @PostMapping("/{id}/refunds")
    @Idempotent
    @PreAuthorize(SELLING)
    @Operation(summary = "Refund the customer on a negative-net invoice (02-sales §Returns R3–R6): method CASH, CHECK "
            + "(checkNumber), CARD (a manual record: cardLast4 + reference), STORE_CREDIT (issues store credit to the "
            + "customer) or GIFT_CARD (giftCardNumber: a new card; an existing one only with reloadGiftCard true, else 422); amount more than 0, default all that is owed back, never more; recorded as a payment row with a "
            + "negative amount (refund: true); honours Idempotency-Key")
    ResponseEntity<InvoiceJson> refund(@PathVariable long id, @RequestBody RefundRequest r) {
        Invoice invoice = visible(id);
        refunding.refund(invoice.id(), new com.jeweltrak.sales.RefundingACustomer.Request(InvoiceInput.method(r.method()),
                InvoiceJson.decimal("amount", r.amount()), r.checkNumber(), r.cardLast4(), r.reference(), r.giftCardNumber(),
                Boolean.TRUE.equals(r.reloadGiftCard())));
        return ResponseEntity.status(201).body(indexed(invoice.id()));
    }

    @PostMapping("/{id}/payments/{paymentId}/void")
    @PreAuthorize("hasAuthority('CanVoidTransactions')")
    @Operation(summary = "Void a tender (NSF check, reversed card charge), optionally saying why: the invoice owes it again; "
            + "needs CanVoidTransactions; allowed for a payment in a closed period (Period Close R2)")
    InvoiceJson voidPayment(@PathVariable long id, @PathVariable long paymentId,
                            @RequestBody(required = false) VoidPaymentRequest request) {
        Invoice invoice = visible(id);
        voidingTender.voidTender(invoice.id(), new PaymentId(paymentId), request == null ? null : request.reason());
        return json(invoices.get(invoice.id()));
    }

    @PostMapping("/{id}/payments/{paymentId}/to-credit")
    @PreAuthorize("hasAuthority('CanVoidTransactions')")
    @Operation(summary = "Move a payment to the customer's credit on account (decision 1, 08 §Applying Payments R8): the "
            + "invoice owes it again, the customer keeps it as credit; needs CanVoidTransactions; 422 for a walk-in sale "
            + "or an invoice in a closed period, 409 when the payment is voided or already moved")
    InvoiceJson moveToCredit(@PathVariable long id, @PathVariable long paymentId) {
        Invoice invoice = visible(id);
        movingToCredit.move(invoice.id(), new PaymentId(paymentId));
        return json(invoices.get(invoice.id()));
    }

    /** The invoice, or 404 when it is another tenant's (RLS hides it) or of a store the caller may not access. */
    private Invoice visible(long id) {
        Invoice invoice = invoices.find(new InvoiceId(id)).orElseThrow(() -> new RecordNotFound("Invoice", id));
        if (!CurrentUser.require().mayAccess(invoice.store())) throw new RecordNotFound("Invoice", id);
        return invoice;
    }

    private InvoiceJson json(Invoice invoice) {
        CurrentUser me = CurrentUser.require();
        return InvoiceJson.of(invoice, me.can(Permission.CAN_VIEW_COST), me.can(Permission.SHOW_ORDER_ITEM_DISCOUNT));
    }

    private InvoiceJson indexed(InvoiceId id) {
        search.reindex(id);
        return json(invoices.get(id));
    }

    private static StoreId currentStore() {
        CurrentUser.StoreChoice current = CurrentUser.require().currentStore();
        return current == null ? null : current.id();
    }



}
