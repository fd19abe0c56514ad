package com.jeweltrak.sales.web;

import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.sales.StoreCredits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
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

    private final Contacts contacts;
    private final StoreCredits storeCredits;

    StoreCreditApi(Contacts contacts, StoreCredits storeCredits) {
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
}
