package com.jeweltrak.inventory.bulk.web;

import java.util.List;

import com.jeweltrak.inventory.bulk.BulkOutcome;
import com.jeweltrak.inventory.bulk.MovingToAStore;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
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

/** Move to store (04-inventory §Bulk Actions): pick one of your active stores; items on memo or with none in stock stay. */
@Controller
@RequestMapping("/inventory/bulk/move-store")
@PreAuthorize("isAuthenticated()")
class BulkMoveStoreController {

    private static final String PAGE = "inventory/bulk-move-store";

    private final BulkPages pages;
    private final MovingToAStore moving;
    private final Stores stores;

    BulkMoveStoreController(BulkPages pages, MovingToAStore moving, Stores stores) {
        this.pages = pages;
        this.moving = moving;
        this.stores = stores;
    }

    @GetMapping
    String form(@RequestParam("list") String list, HttpSession session, Model model, RedirectAttributes redirect) {
        BulkPages.Selection selection = pages.of(list, InventoryBulkActions.MOVE_STORE, session);
        if (selection.isEmpty()) return BulkPriceChangeController.nothingSelected(selection, redirect);
        model.addAttribute("moveStoreForm", new MoveStoreForm(selection.listKey(), null));
        return render(selection, model);
    }

    @PostMapping
    String move(@ModelAttribute("moveStoreForm") MoveStoreForm form, BindingResult result, HttpSession session,
                Model model, RedirectAttributes redirect) {
        BulkPages.Selection selection = pages.of(form.list(), InventoryBulkActions.MOVE_STORE, session);
        if (selection.isEmpty()) return BulkPriceChangeController.nothingSelected(selection, redirect);
        try {
            StoreId target = form.storeId() == null ? null : new StoreId(form.storeId());
            BulkOutcome outcome = moving.move(selection.items(), target);
            pages.done(selection, session);
            String name = stores.find(target).map(Store::name).orElse("the store");
            redirect.addFlashAttribute("flash", outcome.message("moved to " + name));
            return "redirect:" + selection.backUrl();
        } catch (BusinessRuleViolated violation) {
            FormErrors.reject(result, violation);
            return render(selection, model);
        }
    }

    private String render(BulkPages.Selection selection, Model model) {
        pages.describe(selection, model);
        CurrentUser me = CurrentUser.require();
        List<Store> choices = stores.all().stream().filter(Store::active).filter(s -> me.mayAccess(s.id())).toList();
        model.addAttribute("stores", choices);
        return PAGE;
    }
}
