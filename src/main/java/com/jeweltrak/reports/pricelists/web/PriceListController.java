package com.jeweltrak.reports.pricelists.web;

import java.util.List;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.reports.pricelists.PriceLists;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 09-reports §5 Sending a Price List to a Customer: a selection grid of jewelry and watches with tick boxes, one price
 * field, and Email (To, Subject, Message) or Download PDF (R2, R5).
 */
@Controller
class PriceListController {

    static final String ACCESS = "hasAuthority('ShowReports') and hasAuthority('Inventory.View')";
    static final String URL = "/reports/price-list";

    /** What the form carries: the ticked items, the price field and the mail. */
    record PriceListForm(List<Long> item, String priceField, String toAddress, String subject, String message) {
    }

    private final PriceLists priceLists;
    private final Stores stores;

    PriceListController(PriceLists priceLists, Stores stores) {
        this.priceLists = priceLists;
        this.stores = stores;
    }

    @GetMapping(URL)
    @PreAuthorize(ACCESS)
    String page(@RequestParam(required = false) String search, @RequestParam(required = false) Long store,
                @RequestParam(defaultValue = "false") boolean withMemo, Model model) {
        CurrentUser me = CurrentUser.require();
        model.addAttribute("priceListForm", new PriceListForm(List.of(), PriceLists.PriceField.RETAIL.name(), null,
                priceLists.defaultSubject(me), null));
        return show(search, store, withMemo, model, me);
    }

    @PostMapping(URL + "/email")
    @PreAuthorize(ACCESS)
    String email(PriceListForm form, @RequestParam(defaultValue = "false") boolean withMemo, Model model,
                 HttpServletResponse response, RedirectAttributes flash) {
        CurrentUser me = CurrentUser.require();
        try {
            String to = priceLists.email(me, new PriceLists.Request(form.toAddress(), form.subject(), form.message(),
                    form.priceField(), form.item()), withMemo);
            flash.addFlashAttribute("priceListMessage", "The price list is on its way to " + to + ".");
            return "redirect:" + URL;
        } catch (BusinessRuleViolated violation) {
            response.setStatus(422);
            model.addAttribute("priceListForm", form);
            model.addAttribute("priceListError", violation.getMessage());
            return show(null, null, withMemo, model, me);
        }
    }

    @PostMapping(URL + "/pdf")
    @PreAuthorize(ACCESS)
    ResponseEntity<byte[]> pdf(PriceListForm form, @RequestParam(defaultValue = "false") boolean withMemo) {
        byte[] pdf = priceLists.pdf(CurrentUser.require(), form.item(), form.priceField(), withMemo, form.message());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("price-list.pdf").build().toString())
                .body(pdf);
    }

    private String show(String search, Long store, boolean withMemo, Model model, CurrentUser me) {
        model.addAttribute("candidates", priceLists.candidates(me, search, store, withMemo));
        model.addAttribute("search", search);
        model.addAttribute("store", store);
        model.addAttribute("withMemo", withMemo);
        model.addAttribute("most", PriceLists.MOST);
        model.addAttribute("priceFields", PriceLists.PriceField.values());
        model.addAttribute("stores", stores.accessibleTo(me));
        return "reports/pricelists/price-list";
    }
}
