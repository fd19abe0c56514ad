package com.jeweltrak.inventory.web;

import java.util.LinkedHashMap;
import java.util.Map;

import com.jeweltrak.inventory.SettingPriceMultipliers;
import com.jeweltrak.inventory.StorePriceMultipliers;
import com.jeweltrak.platform.BusinessRuleViolated;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Settings → Stores → [store] → Inventory Multipliers (04-inventory §Inventory Pricing Multipliers R1). */
@Controller
@RequestMapping("/settings/stores/{id}/multipliers")
@PreAuthorize("hasAuthority('CanManageUsers')")
class StoreMultipliersController {

    static final Map<String, String> P2_BASES = bases("Price 1");
    static final Map<String, String> P3_BASES = bases("Price 2");
    static final Map<String, String> RETAIL_BASES = bases("Price 3");

    private final Stores stores;
    private final StorePriceMultipliers multipliers;
    private final SettingPriceMultipliers setting;

    StoreMultipliersController(Stores stores, StorePriceMultipliers multipliers, SettingPriceMultipliers setting) {
        this.stores = stores;
        this.multipliers = multipliers;
        this.setting = setting;
    }

    @GetMapping
    String show(@PathVariable long id, Model model) {
        StoreId store = new StoreId(id);
        model.addAttribute("multipliersForm", MultipliersForm.of(multipliers.of(store)));
        return page(model, store);
    }

    @PostMapping
    String save(@PathVariable long id, @ModelAttribute("multipliersForm") MultipliersForm form, BindingResult result,
                Model model, RedirectAttributes redirect) {
        StoreId store = new StoreId(id);
        stores.get(store);
        if (!result.hasErrors()) {
            try {
                setting.set(store, form.toLadder());
                redirect.addFlashAttribute("flash", "Multipliers saved. New items of this store are priced with them.");
                return "redirect:/settings/stores/" + id + "/multipliers";
            } catch (BusinessRuleViolated violation) {
                FormErrors.reject(result, violation);
            }
        }
        return page(model, store);
    }

    private String page(Model model, StoreId store) {
        model.addAttribute("storeId", store.value());
        model.addAttribute("storeName", stores.get(store).name());
        model.addAttribute("p2Bases", P2_BASES);
        model.addAttribute("p3Bases", P3_BASES);
        model.addAttribute("retailBases", RETAIL_BASES);
        return "inventory/store-multipliers";
    }

    private static Map<String, String> bases(String previous) {
        Map<String, String> bases = new LinkedHashMap<>();
        bases.put("COST", "× Cost");
        bases.put("PREVIOUS", "× " + previous);
        return bases;
    }
}
