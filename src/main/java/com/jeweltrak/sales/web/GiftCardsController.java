package com.jeweltrak.sales.web;

import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.lists.ListDefinitions;
import com.jeweltrak.platform.lists.ListRendering;
import com.jeweltrak.sales.GiftCards;
import com.jeweltrak.sales.Invoice;
import com.jeweltrak.sales.SellingAGiftCard;
import com.jeweltrak.sales.web.InvoiceForms.GiftCardForm;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * Gift cards on pages (08-accounting §Gift Cards): the list with its lookup box (R3: number → the card's page), a card's
 * balance and history, the balance shown beside the tender form's number as it is typed, and the "Gift card" line
 * of the invoice page (R1, R7).
 */
@Controller
@RequestMapping("/sales")
class GiftCardsController {

    private final GiftCards giftCards;
    private final SellingAGiftCard selling;
    private final InvoicePage page;
    private final ListDefinitions lists;
    private final ListRendering listRendering;

    GiftCardsController(GiftCards giftCards, SellingAGiftCard selling, InvoicePage page, ListDefinitions lists,
                        ListRendering listRendering) {
        this.giftCards = giftCards;
        this.selling = selling;
        this.page = page;
        this.lists = lists;
        this.listRendering = listRendering;
    }

    @GetMapping("/gift-cards")
    @PreAuthorize("hasAuthority('Invoices.View')")
    String list(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request, Model model) {
        return listRendering.page(lists.forCurrentUser(GiftCardsList.KEY), params, request, model, "sales/gift-cards");
    }

    /** R3: the lookup box — the card's page when the number is a card, else the list again saying so. */
    @GetMapping("/gift-cards/lookup")
    @PreAuthorize("hasAuthority('Invoices.View')")
    String lookup(@RequestParam(name = "number", required = false) String number,
                  org.springframework.web.servlet.mvc.support.RedirectAttributes flash) {
        var card = giftCards.findByNumber(number);
        if (card.isPresent()) return "redirect:/sales/gift-cards/" + card.get().id();
        flash.addFlashAttribute("lookupMessage", number == null || number.isBlank() ? "Type or scan a card number."
                : "There is no gift card " + GiftCards.normalize(number) + ".");
        flash.addFlashAttribute("lookupNumber", number);
        return "redirect:/sales/gift-cards";
    }

    @GetMapping("/gift-cards/{id}")
    @PreAuthorize("hasAuthority('Invoices.View')")
    String card(@PathVariable long id, Model model) {
        model.addAttribute("card", giftCards.get(id));
        model.addAttribute("history", giftCards.history(id));
        // times as the wall clock of the store the user works in reads them, not raw UTC instants
        model.addAttribute("zone", CurrentUser.require().zone());
        return "sales/gift-card";
    }

    /** The tender form's number box asks as it is typed (htmx): what the card holds, or why it cannot pay. */
    @GetMapping(value = "/gift-cards/balance", produces = "text/html")
    @PreAuthorize("hasAuthority('Invoices.View')")
    @ResponseBody
    String balance(@RequestParam(name = "giftCardNumber", required = false) String number) {
        if (GiftCards.normalize(number) == null) return "";
        return giftCards.findByNumber(number)
                .map(c -> "VOIDED".equals(c.status()) ? "Gift card " + c.number() + " is voided."
                        : "Gift card " + c.number() + " holds " + InvoiceRow.money(c.balance()) + ".")
                .map(HtmlUtils::htmlEscape)
                .orElse(HtmlUtils.htmlEscape("No gift card " + GiftCards.normalize(number) + "."));
    }

    @PostMapping("/invoices/{id}/gift-cards")
    @PreAuthorize(InvoicesApi.SELLING)
    String sell(@PathVariable long id, @ModelAttribute("giftCardForm") GiftCardForm form, BindingResult result,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        Invoice invoice = page.visible(id);
        return page.act(invoice, result, request, response, model, () -> {
            selling.add(invoice.id(), new SellingAGiftCard.Request(form.giftCardNumber(),
                    InvoiceJson.decimal("unitPrice", form.unitPrice()), Boolean.TRUE.equals(form.reload())));
            return null;
        });
    }
}
