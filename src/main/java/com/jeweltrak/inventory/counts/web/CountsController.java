package com.jeweltrak.inventory.counts.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.counts.CancellingACount;
import com.jeweltrak.inventory.counts.FinishingACount;
import com.jeweltrak.inventory.counts.InventoryCount;
import com.jeweltrak.inventory.counts.InventoryCounts;
import com.jeweltrak.inventory.counts.ScanningIntoACount;
import com.jeweltrak.inventory.counts.StartingACount;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.web.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Inventory → Counts (04-inventory §Inventory Count Overview): the list, Start, the scan screen, Finish, Cancel. */
@Controller
@RequestMapping("/inventory/counts")
@PreAuthorize("isAuthenticated()")
class CountsController {

    private static final int PAGE_SIZE = 25;

    private final InventoryCounts counts;
    private final StartingACount starting;
    private final ScanningIntoACount scanning;
    private final FinishingACount finishing;
    private final CancellingACount cancelling;
    private final Stores stores;

    CountsController(InventoryCounts counts, StartingACount starting, ScanningIntoACount scanning,
                     FinishingACount finishing, CancellingACount cancelling, Stores stores) {
        this.counts = counts;
        this.starting = starting;
        this.scanning = scanning;
        this.finishing = finishing;
        this.cancelling = cancelling;
        this.stores = stores;
    }

    /** The start form; text fields so what was chosen comes back as chosen. */
    record NewCountForm(String storeId, String family) {
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        Paged<InventoryCount> result = counts.page(CountPermissions.viewable(), CountPermissions.visibleStores(), Paged.page(page), PAGE_SIZE);
        model.addAttribute("result", result);
        model.addAttribute("storeNames", storeNames());
        return "inventory/counts";
    }

    @GetMapping("/new")
    String newCount(Model model) {
        model.addAttribute("newCountForm", new NewCountForm(null, null));
        return newPage(model);
    }

    @PostMapping
    String start(@ModelAttribute NewCountForm newCountForm, BindingResult binding, Model model) {
        Family family = Family.parse(newCountForm.family()).orElse(null);
        if (family != null) CountPermissions.require(family, "View");
        try {
            StoreId store = newCountForm.storeId() == null || !newCountForm.storeId().matches("\\d{1,18}") ? null
                    : new StoreId(Long.parseLong(newCountForm.storeId()));
            CountPermissions.requireWorkIn(store);
            long id = starting.start(store, family);
            return "redirect:/inventory/counts/" + id;
        } catch (BusinessRuleViolated violation) {
            FormErrors.reject(binding, violation);
            return newPage(model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        CountPermissions.require(counts.get(id), "View");
        var sheet = counts.sheet(id);
        model.addAttribute("sheet", sheet);
        model.addAttribute("storeName", storeNames().get(sheet.count().store().value()));
        model.addAttribute("canFinish", sheet.count().open() && canEdit(sheet.count().family()));
        return "inventory/count";
    }

    /** The scan box: htmx swaps in the lists; without htmx, post/redirect/get. */
    @PostMapping("/{id}/scans")
    String scan(@PathVariable long id, @RequestParam(required = false) String stockId,
                @RequestParam(required = false) String quantity,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
        InventoryCount count = CountPermissions.require(counts.get(id), "View");
        String message;
        boolean refused = false;
        try {
            BigDecimal qty = quantity == null || quantity.isBlank() ? null : parseQuantity(quantity);
            var outcome = scanning.scan(id, stockId, qty);
            message = switch (outcome.kind()) {
                case FOUND -> "StockID " + outcome.stockId() + " found (" + outcome.counted().stripTrailingZeros().toPlainString() + " counted).";
                case ALREADY_FOUND -> "StockID " + outcome.stockId() + " was already found.";
                case UNEXPECTED -> "StockID " + outcome.stockId() + " is not expected in this count.";
            };
        } catch (BusinessRuleViolated violation) {
            message = violation.getMessage();
            refused = true;
        }
        if (htmx == null) {
            redirect.addFlashAttribute(refused ? "flashError" : "flash", message);
            return "redirect:/inventory/counts/" + id;
        }
        model.addAttribute("sheet", counts.sheet(id));
        model.addAttribute("scanMessage", message);
        model.addAttribute("scanRefused", refused);
        return "inventory/count :: sheet";
    }

    @GetMapping("/{id}/finish")
    String confirmFinish(@PathVariable long id, Model model) {
        InventoryCount count = CountPermissions.require(counts.get(id), "Edit");
        model.addAttribute("count", count);
        model.addAttribute("adjustments", finishing.plan(id));
        model.addAttribute("canViewCost", CountPermissions.canViewCost());
        return "inventory/count-finish";
    }

    @PostMapping("/{id}/finish")
    String finish(@PathVariable long id, RedirectAttributes redirect) {
        InventoryCount count = CountPermissions.require(counts.get(id), "Edit");
        try {
            long written = finishing.finish(id).stream().filter(FinishingACount.Adjustment::written).count();
            redirect.addFlashAttribute("flash", count.title() + " is finished; " + written + " count adjustment(s) written.");
        } catch (BusinessRuleViolated violation) {
            redirect.addFlashAttribute("flashError", violation.getMessage());
        }
        return "redirect:/inventory/counts/" + id;
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        InventoryCount count = CountPermissions.require(counts.get(id), "Edit");
        try {
            cancelling.cancel(id);
            redirect.addFlashAttribute("flash", count.title() + " is cancelled; nothing was changed.");
        } catch (BusinessRuleViolated violation) {
            redirect.addFlashAttribute("flashError", violation.getMessage());
        }
        return "redirect:/inventory/counts/" + id;
    }

    static BigDecimal parseQuantity(String typed) {
        try {
            return new BigDecimal(typed.trim());
        } catch (NumberFormatException e) {
            throw new BusinessRuleViolated("quantity", "Type the quantity as a number.");
        }
    }

    private static boolean canEdit(Family family) {
        return com.jeweltrak.platform.security.CurrentUser.require().can(family.permission("Edit"));
    }

    private String newPage(Model model) {
        Map<String, String> storeChoices = new LinkedHashMap<>();
        storeChoices.put("", "Choose…");
        stores.all().stream().filter(Store::active).filter(s -> CountPermissions.mayAccess(s.id())).forEach(s -> storeChoices.put(s.id().toString(), s.name()));
        Map<String, String> families = new LinkedHashMap<>();
        families.put("", "Choose…");
        CountPermissions.viewable().forEach(f -> families.put(f.slug(), f.plural()));
        model.addAttribute("storeChoices", storeChoices);
        model.addAttribute("familyChoices", families);
        return "inventory/count-new";
    }

    private Map<Long, String> storeNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        stores.all().forEach(s -> names.put(s.id().value(), s.name()));
        return names;
    }
}
