package com.jeweltrak.inventory.bulk.web;

import java.util.List;

import com.jeweltrak.inventory.bulk.PriceChange;
import com.jeweltrak.inventory.bulk.PriceLevel;
import com.jeweltrak.inventory.bulk.PriceRule;
import com.jeweltrak.inventory.bulk.RepricingItems;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.web.FormErrors;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bulk price change (04-inventory §Pricing Multipliers R9): choose prices, rule and rounding, PREVIEW old → new per
 * item (nothing changes), then apply all in one transaction. Reached from the list's Actions ▾ with ?list=.
 */
@Controller
@RequestMapping("/inventory/bulk/price-change")
@PreAuthorize("hasAuthority('CanModifyPriceTiers')")
class BulkPriceChangeController {

    private static final String PAGE = "inventory/bulk-price-change";

    private final BulkPages pages;
    private final RepricingItems repricing;

    BulkPriceChangeController(BulkPages pages, RepricingItems repricing) {
        this.pages = pages;
        this.repricing = repricing;
    }

    @GetMapping
    String form(@RequestParam("list") String list, HttpSession session, Model model, RedirectAttributes redirect) {
        BulkPages.Selection selection = pages.of(list, InventoryBulkActions.PRICE_CHANGE, session);
        if (selection.isEmpty()) return nothingSelected(selection, redirect);
        model.addAttribute("priceChangeForm", PriceChangeForm.blank(selection.listKey()));
        return render(selection, model, null);
    }

    @PostMapping("/preview")
    String preview(@ModelAttribute("priceChangeForm") PriceChangeForm form, BindingResult result, HttpSession session,
                   Model model, RedirectAttributes redirect) {
        BulkPages.Selection selection = pages.of(form.list(), InventoryBulkActions.PRICE_CHANGE, session);
        if (selection.isEmpty()) return nothingSelected(selection, redirect);
        if (result.hasErrors()) return render(selection, model, null);
        try {
            return render(selection, model, repricing.preview(selection.items(), form.rule()));
        } catch (BusinessRuleViolated violation) {
            FormErrors.reject(result, violation);
            return render(selection, model, null);
        }
    }

    @PostMapping
    String apply(@ModelAttribute("priceChangeForm") PriceChangeForm form, BindingResult result, HttpSession session,
                 Model model, RedirectAttributes redirect) {
        BulkPages.Selection selection = pages.of(form.list(), InventoryBulkActions.PRICE_CHANGE, session);
        if (selection.isEmpty()) return nothingSelected(selection, redirect);
        if (result.hasErrors()) return render(selection, model, null);
        try {
            List<PriceChange> changes = repricing.apply(selection.items(), form.rule());
            pages.done(selection, session);
            long changed = changes.stream().filter(PriceChange::changes).count();
            redirect.addFlashAttribute("flash", (changed == 1 ? "1 item re-priced" : changed + " items re-priced")
                    + (changed < changes.size() ? "; " + (changes.size() - changed) + " already had those prices." : "."));
            return "redirect:" + selection.backUrl();
        } catch (BusinessRuleViolated violation) {
            FormErrors.reject(result, violation);
            return render(selection, model, null);
        }
    }

    private String render(BulkPages.Selection selection, Model model, List<PriceChange> preview) {
        pages.describe(selection, model);
        model.addAttribute("levels", PriceLevel.values());
        model.addAttribute("kinds", PriceRule.Kind.values());
        model.addAttribute("roundings", PriceRule.Rounding.values());
        model.addAttribute("preview", preview);
        return PAGE;
    }

    static String nothingSelected(BulkPages.Selection selection, RedirectAttributes redirect) {
        redirect.addFlashAttribute("problem", "Tick at least one row first.");
        return "redirect:" + selection.backUrl();
    }
}
