package com.jeweltrak.sales.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.lists.ListDefinition;
import com.jeweltrak.platform.lists.ListDefinitions;
import com.jeweltrak.platform.lists.ListParameters;
import com.jeweltrak.sales.GiftCards;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Gift cards over the API (08-accounting §Gift Cards R3): the list, one card with its history, and the lookup by number.
 * Cards are sold as invoice lines (kind GIFT_CARD) and redeemed as tenders (method GIFT_CARD) through the invoice API.
 */
@RestController
@RequestMapping("/api/v1/gift-cards")
@Tag(name = "Gift cards", description = "Gift cards: balance, history and lookup by number (08-accounting §Gift Cards)")
class GiftCardsApi {

    record EventJson(String at, String what, String amount, long invoiceId, String invoiceNumber) {
    }

    record GiftCardJson(long id, String number, String balance, String initialAmount, String status, String issuedAt,
                        Long issuingInvoiceId, String issuingInvoiceNumber, List<EventJson> history) {
    }

    private final GiftCards giftCards;
    private final ListDefinitions lists;

    GiftCardsApi(GiftCards giftCards, ListDefinitions lists) {
        this.giftCards = giftCards;
        this.lists = lists;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('Invoices.View')")
    @Operation(summary = "Gift cards, newest first, searched by number (its start, spaces and dashes ignored), filtered by "
            + "status, sorted and paged")
    Paged<GiftCardJson> list(
            @Parameter(description = "The card number or its start") @RequestParam(required = false) String q,
            @Parameter(description = "active, depleted or voided") @RequestParam(required = false) String status,
            @Parameter(description = "Zero-based page number") @RequestParam(required = false) Integer page,
            @Parameter(description = "Page size, at most 200; default 50") @RequestParam(required = false) Integer size,
            @Parameter(description = "column,asc|desc; columns: number, balance, initial, issued, status",
                    example = "balance,desc") @RequestParam(required = false) String sort) {
        ListDefinition<GiftCardsList.GiftCardRow> definition = lists.get(GiftCardsList.KEY, GiftCardsList.GiftCardRow.class);
        Map<String, String> filters = new LinkedHashMap<>();
        if (status != null && !status.isBlank()) filters.put("status", status);
        var query = new ListParameters(q, sort, page, size, filters).toQuery(definition, 50);
        Paged<GiftCardsList.GiftCardRow> found = definition.source().page(query);
        return new Paged<>(found.content().stream().map(r -> json(giftCards.get(r.id()), null)).toList(), found.page(),
                found.size(), found.totalElements());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('Invoices.View')")
    @Operation(summary = "One gift card with its balance and history (issued, reloaded, redeemed, restored, voided); 404 "
            + "when it is not the caller's tenant's")
    GiftCardJson get(@PathVariable long id) {
        return json(giftCards.get(id), giftCards.history(id));
    }

    @GetMapping("/lookup")
    @PreAuthorize("hasAuthority('Invoices.View')")
    @Operation(summary = "R3: the card with this number (spaces, dashes and case ignored) and its history; 404 when there "
            + "is none")
    GiftCardJson lookup(@RequestParam String number) {
        GiftCards.GiftCard card = giftCards.findByNumber(number).orElseThrow(() -> new RecordNotFound("Gift card", number));
        return json(card, giftCards.history(card.id()));
    }

    private static GiftCardJson json(GiftCards.GiftCard c, List<GiftCards.Event> history) {
        return new GiftCardJson(c.id(), c.number(), InvoiceJson.money(c.balance()), InvoiceJson.money(c.initialAmount()),
                c.status(), c.issuedAt().toString(), c.issuingInvoice() == null ? null : c.issuingInvoice().value(),
                c.issuingInvoiceNumber(), history == null ? null : history.stream()
                .map(e -> new EventJson(e.at().toString(), e.what(), InvoiceJson.money(e.amount()), e.invoice().value(),
                        e.invoiceNumber())).toList());
    }
}
