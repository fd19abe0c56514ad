package com.jeweltrak.inventory.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.inventory.AdjustingStock;
import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.NewStock;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.inventory.StockLedger;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.picklists.PickLists;
import com.jeweltrak.platform.picklists.PickListValues;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.users.Permission;
import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An item's page with its tabs, + New and Edit (04-inventory §Adding Inventory Items), the quantity
 * adjustment, and the StockID box's lookup. Each family's permissions guard its items.
 */
@Controller
@RequestMapping("/inventory/items")
@PreAuthorize("isAuthenticated()")
class ItemsController {

    private final Items items;
    private final ReceivingAnItem receiving;
    private final AdjustingStock adjusting;
    private final StockLedger ledger;
    private final ItemFormPage formPage;
    private final StoreNames stores;
    private final Contacts contacts;
    private final PickLists pickLists;
    private final PickListValues pickListValues;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final com.jeweltrak.inventory.EditingAnItem editing;
    private final ItemStyles itemStyles;
    private final org.springframework.beans.factory.ObjectProvider<com.jeweltrak.inventory.ItemDocuments> documents;
    private final org.springframework.beans.factory.ObjectProvider<com.jeweltrak.inventory.ItemTabs> tabs;
    private final com.jeweltrak.inventory.ItemBadges badges;

    ItemsController(Items items, ReceivingAnItem receiving, AdjustingStock adjusting, StockLedger ledger,
                    ItemFormPage formPage, StoreNames stores, Contacts contacts, PickLists pickLists,
                    PickListValues pickListValues, TransactionTemplate transactions, Clock clock, com.jeweltrak.inventory.EditingAnItem editing,
                    ItemStyles itemStyles,
                    org.springframework.beans.factory.ObjectProvider<com.jeweltrak.inventory.ItemDocuments> documents,
                    org.springframework.beans.factory.ObjectProvider<com.jeweltrak.inventory.ItemTabs> tabs,
                    com.jeweltrak.inventory.ItemBadges badges) {
        this.documents = documents;
        this.tabs = tabs;
        this.badges = badges;
        this.items = items;
        this.receiving = receiving;
        this.adjusting = adjusting;
        this.ledger = ledger;
        this.formPage = formPage;
        this.stores = stores;
        this.contacts = contacts;
        this.pickLists = pickLists;
        this.pickListValues = pickListValues;
        this.transactions = transactions;
        this.clock = clock;
        this.editing = editing;
        this.itemStyles = itemStyles;
    }

    /** A StockID typed or scanned into the inventory page's box opens its item, whatever its family. */
    @GetMapping(params = "stockId")
    String byStockId(@RequestParam String stockId) {
        Item item = items.findByStockId(stockId).filter(i -> StoreScope.mayAccess(i.store()))
                .orElseThrow(() -> new RecordNotFound("Item", stockId));
        require(item.family(), "View");
        return "redirect:/inventory/items/" + item.id();
    }

    @GetMapping("/new")
    String newItem(@RequestParam(required = false) String family, @RequestParam(required = false) Long fromStyle,
                   Model model) {
        Family f = InventoryController.family(family);
        require(f, "Create");
        CurrentUser me = CurrentUser.require();
        ItemForm blank = ItemForm.blank(f, me.currentStore() == null ? null : me.currentStore().id().value(),
                LocalDate.now(clock.withZone(me.zone())));
        blank = itemStyles.prefill(blank, f, fromStyle, model);
        model.addAttribute("itemForm", blank);
        return formPage.render(model, f, null, blank);
    }

    @PostMapping
    String add(@Valid @ModelAttribute("itemForm") ItemForm form, BindingResult result, Model model,
               RedirectAttributes redirect, @RequestParam(required = false) Long fromStyle) {
        Family family = InventoryController.family(form.family());
        require(family, "Create");
        Optional<Item> draft = form.toItem(family, result);
        Optional<NewStock> stock = form.toNewStock(family, result);
        if (draft.isPresent() && stock.isPresent() && !result.hasErrors()) {
            try {
                ItemId id = transactions.execute(status -> {
                    StoreScope.requireWorkIn(draft.get().store());
                    ItemId added = receiving.receive(draft.get(), stock.get());
                    itemStyles.link(added, fromStyle);
                    rememberOpenValues(form);
                    return added;
                });
                redirect.addFlashAttribute("flash", family.label() + " " + items.get(id).stockId() + " added.");
                return "redirect:/inventory/items/" + id;
            } catch (BusinessRuleViolated violation) {
                ItemForm.reject(result, violation);
            }
        }
        itemStyles.keep(fromStyle, model);
        return formPage.render(model, family, null, form);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Item item = StoreScope.visible(items.get(new ItemId(id)));
        require(item.family(), "View");
        if (!model.containsAttribute("adjustForm")) model.addAttribute("adjustForm", new AdjustForm(null, null, null));
        return page(item, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Item item = StoreScope.visible(items.get(new ItemId(id)));
        require(item.family(), "Edit");
        ItemForm form = ItemForm.of(item);
        model.addAttribute("itemForm", form);
        return formPage.render(model, item.family(), item, form);
    }

    @PostMapping("/{id}")
    String save(@PathVariable long id, @Valid @ModelAttribute("itemForm") ItemForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        Item current = StoreScope.visible(items.get(new ItemId(id)));
        require(current.family(), "Edit");
        Optional<Item> edited = form.toItem(current.family(), result);
        if (edited.isPresent() && !result.hasErrors()) {
            try {
                transactions.executeWithoutResult(status -> {
                    StoreScope.requireWorkIn(edited.get().store());
                    editing.save(current.id(), edited.get());
                    rememberOpenValues(form);
                });
                redirect.addFlashAttribute("flash", current.family().label() + " " + current.stockId() + " saved.");
                return "redirect:/inventory/items/" + id;
            } catch (BusinessRuleViolated violation) {
                ItemForm.reject(result, violation);
            }
        }
        return formPage.render(model, current.family(), current, form);
    }

    /** A quantity change by hand: a movement with its reason (design §4), then back to the item's page. */
    @PostMapping("/{id}/adjust")
    String adjust(@PathVariable long id, @Valid @ModelAttribute("adjustForm") AdjustForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        Item item = StoreScope.visible(items.get(new ItemId(id)));
        require(item.family(), "Edit");
        if (!result.hasErrors()) {
            try {
                adjusting.adjust(item.id(), form.quantityChange(), form.caratsChange(), form.reason());
                redirect.addFlashAttribute("flash", "Quantity of " + item.stockId() + " adjusted.");
                return "redirect:/inventory/items/" + id + "#stock";
            } catch (BusinessRuleViolated violation) {
                ItemForm.reject(result, violation);
            }
        }
        model.addAttribute("adjusting", true);
        return page(item, model);
    }

    private String page(Item item, Model model) {
        model.addAttribute("item", item);
        model.addAttribute("family", item.family());
        model.addAttribute("storeName", stores.name(item.store()));
        model.addAttribute("vendorName", item.vendor() == null ? null
                : contacts.find(item.vendor()).map(c -> c.name().full()).orElse(null));
        model.addAttribute("movements", ledger.history(item.id()));
        model.addAttribute("canViewCost", CurrentUser.require().can(Permission.CAN_VIEW_COST));
        model.addAttribute("canEdit", CurrentUser.require().can(item.family().permission("Edit")));
        model.addAttribute("attributes", ItemAttributes.of(item));
        itemStyles.show(item.id(), model);
        // other modules' tabs (each body loaded by htmx) and marks (a partnership's "P")
        model.addAttribute("extraTabs", tabs.orderedStream().flatMap(t -> t.tabsFor(item.id()).stream()).toList());
        model.addAttribute("itemMarks", badges.of(item.id()));
        // other modules' documents holding the item (09-reports §Who Did I Sell This To?), newest first
        model.addAttribute("itemDocuments", documents.orderedStream().flatMap(d -> d.holding(item.id(), 20).stream())
                .sorted(java.util.Comparator.comparing(com.jeweltrak.inventory.ItemDocuments.Line::date,
                        java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))).toList());
        return "inventory/item";
    }

    /** Typed open-list values join their lists, for List Maintenance to tidy (11-utilities §List Maintenance). */
    private void rememberOpenValues(ItemForm form) {
        Map<String, String> typed = Map.of("category", text(form.category()), "metal", text(form.metal()),
                "karat", text(form.karat()), "shape", text(form.shape()), "brand", text(form.brand()),
                "caseMaterial", text(form.caseMaterial()), "species", text(form.species()), "origin", text(form.origin()));
        Family family = InventoryController.family(form.family());
        // only the family's own open fields: a diamond's origin, say, is a closed choice, not the stones' origin list
        typed.forEach((field, value) -> {
            if (!value.isEmpty() && ItemFormPage.openFields(family).contains(field)) {
                pickListValues.remember(pickLists.get(ItemFormPage.OPEN_LISTS.get(field)), value);
            }
        });
    }

    private static String text(String value) {
        return value == null ? "" : value.trim();
    }

    static void require(Family family, String action) {
        if (!CurrentUser.require().can(family.permission(action))) {
            throw new AccessDeniedException("Needs " + family.permission(action));
        }
    }

    /** The adjust-quantity form of the item page. */
    record AdjustForm(BigDecimal quantityChange, BigDecimal caratsChange,
                      @jakarta.validation.constraints.Size(max = 200, message = "Keep the reason to 200 characters.")
                      String reason) {
    }
}
