package com.jeweltrak.sales.web;

import com.jeweltrak.sales.CashingOutAStoreCredit;
import com.jeweltrak.sales.IssuingAStoreCredit;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.sales.StoreCredits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A customer's store credit over the API (08-accounting §Store Credits & Refunds R3, R12): the balance and each credit. */
@RestController
@Tag(name = "Invoices", description = "Invoices: lines, finalize / reopen / void / delete, tenders (02-sales)")
class StoreCreditApi {

    record CreditJson(long id, String amount, String remaining, Long sourceInvoiceId, String sourceInvoiceNumber,
                      String issuedAt, String status) {
    }

    record StoreCreditJson(long customerId, String balance, List<CreditJson> credits) {
    }

    /** §Store Credits R9: a stand-alone credit — amount, reason (required), the store giving it. */
    record IssueRequest(String amount, String reason, Long storeId) {
    }

    /** §Store Credits R10: pay out amount (at most what remains) as CASH or CHECK (checkNumber). */
    record CashOutRequest(String amount, String method, String checkNumber, Long storeId) {
    }

    record EventJson(String at, String what, String amount, Long invoiceId, String invoiceNumber, String detail) {
    }

    record OneCreditJson(long id, long customerId, String amount, String remaining, String status, String issuedAt,
                         Long sourceInvoiceId, String reason, List<EventJson> history) {
    }

    private final Contacts contacts;
    private final StoreCredits storeCredits;
    private final IssuingAStoreCredit issuing;
    private final CashingOutAStoreCredit cashingOut;

    StoreCreditApi(Contacts contacts, StoreCredits storeCredits, IssuingAStoreCredit issuing,
                   CashingOutAStoreCredit cashingOut) {
        this.issuing = issuing;
        this.cashingOut = cashingOut;
        this.contacts = contacts;
        this.storeCredits = storeCredits;
    }

    @GetMapping("/api/v1/contacts/{id}/store-credit")
    @PreAuthorize("hasAuthority('Invoices.View')")
    @Operation(summary = "The customer's store credit: what remains to spend (active credits) and every credit issued, "
            + "newest first; 404 for a contact that is not the caller's")
    StoreCreditJson storeCredit(@PathVariable long id) {
        ContactId customer = new ContactId(id);
        contacts.find(customer).orElseThrow(() -> new RecordNotFound("Contact", id));
        return new StoreCreditJson(id, InvoiceJson.money(storeCredits.balance(customer)), storeCredits.of(customer).stream()
                .map(c -> new CreditJson(c.id(), InvoiceJson.money(c.amount()), InvoiceJson.money(c.remaining()),
                        c.sourceInvoice() == null ? null : c.sourceInvoice().value(), c.sourceInvoiceNumber(),
                        c.issuedAt().toString(), c.status()))
                .toList());
    }

    @PostMapping("/api/v1/contacts/{id}/store-credits")
    @PreAuthorize("hasAuthority('CanVoidTransactions')")
    @Operation(summary = "Give the customer a stand-alone (goodwill) store credit (08-accounting §Store Credits R9): needs "
            + "CanVoidTransactions; 422 without a reason or store; booked Dr Customer goodwill / Cr Store credit")
    ResponseEntity<OneCreditJson> issue(@PathVariable long id, @RequestBody IssueRequest r) {
        ContactId customer = new ContactId(id);
        contacts.find(customer).orElseThrow(() -> new RecordNotFound("Contact", id));
        long credit = issuing.issue(customer, new IssuingAStoreCredit.Request(
                InvoiceJson.decimal("amount", r.amount()), r.reason(),
                r.storeId() == null ? null : new com.jeweltrak.platform.tenancy.StoreId(r.storeId())));
        return ResponseEntity.status(201).body(one(credit));
    }

    @PostMapping("/api/v1/store-credits/{id}/cash-out")
    @PreAuthorize("hasAuthority('CanVoidTransactions')")
    @Operation(summary = "Pay part or all of a store credit out in CASH or by CHECK (08-accounting §Store Credits R10): needs "
            + "CanVoidTransactions; 422 above what remains (naming it); the credit is USED_UP at 0.00")
    OneCreditJson cashOut(@PathVariable long id, @RequestBody CashOutRequest r) {
        storeCredits.get(id);
        cashingOut.cashOut(id, new CashingOutAStoreCredit.Request(InvoiceJson.decimal("amount", r.amount()),
                InvoiceInput.method(r.method()), r.checkNumber(),
                r.storeId() == null ? null : new com.jeweltrak.platform.tenancy.StoreId(r.storeId())));
        return one(id);
    }

    @GetMapping("/api/v1/store-credits/{id}")
    @PreAuthorize("hasAuthority('Invoices.View')")
    @Operation(summary = "One store credit with what remains and its history (issued, used, restored, cashed out); 404 "
            + "when it is not the caller's tenant's")
    OneCreditJson get(@PathVariable long id) {
        return one(id);
    }

    private OneCreditJson one(long id) {
        var c = storeCredits.get(id);
        return new OneCreditJson(c.id(), c.customer().value(), InvoiceJson.money(c.amount()), InvoiceJson.money(c.remaining()),
                c.status(), c.issuedAt().toString(), c.sourceInvoice() == null ? null : c.sourceInvoice().value(),
                storeCredits.reason(id), storeCredits.history(id).stream()
                .map(e -> new EventJson(e.at().toString(), e.what(), InvoiceJson.money(e.amount()),
                        e.invoice() == null ? null : e.invoice().value(), e.invoiceNumber(), e.detail())).toList());
    }
}
