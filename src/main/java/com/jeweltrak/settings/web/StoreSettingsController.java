package com.jeweltrak.settings.web;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.lists.ListDefinitions;
import com.jeweltrak.platform.lists.ListRendering;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.web.FormErrors;
import com.jeweltrak.settings.ConfiguringStores;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Settings → Stores (10-settings §Store Configuration): a tenant admin's pages (R11). */
@Controller
@RequestMapping("/settings/stores")
@PreAuthorize("hasAuthority('CanManageUsers')")
class StoreSettingsController {

    private final Stores stores;
    private final ConfiguringStores configuring;
    private final ListDefinitions lists;
    private final ListRendering listRendering;

    StoreSettingsController(Stores stores, ConfiguringStores configuring, ListDefinitions lists,
                            ListRendering listRendering) {
        this.stores = stores;
        this.configuring = configuring;
        this.lists = lists;
        this.listRendering = listRendering;
    }

    /** One URL for the page and, when htmx asks (search, sort, paging), for just the list (design §5). */
    @GetMapping
    String list(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request, Model model) {
        return listRendering.page(lists.get(StoresList.KEY), params, request, model, "settings/stores");
    }

    @GetMapping("/new")
    String newStore(Model model) {
        StoreForm blank = StoreForm.blank();
        model.addAttribute("storeForm", blank);
        return form(model, null, blank);
    }

    @PostMapping
    String add(@Valid @ModelAttribute("storeForm") StoreForm form, BindingResult result, Model model,
               RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                StoreId id = configuring.add(form.toStore());
                redirect.addFlashAttribute("flash", "Store saved.");
                return "redirect:/settings/stores/" + id;
            } catch (BusinessRuleViolated violation) {
                FormErrors.reject(result, violation);
            }
        }
        return form(model, null, form);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Store store = stores.get(new StoreId(id));
        StoreForm form = StoreForm.of(store);
        model.addAttribute("storeForm", form);
        model.addAttribute("storeName", store.name());
        return form(model, store.id(), form);
    }

    @PostMapping("/{id}")
    String save(@PathVariable long id, @Valid @ModelAttribute("storeForm") StoreForm form, BindingResult result,
                Model model, RedirectAttributes redirect) {
        StoreId storeId = new StoreId(id);
        model.addAttribute("storeName", stores.get(storeId).name());
        if (!result.hasErrors()) {
            try {
                configuring.save(storeId, form.toStore());
                redirect.addFlashAttribute("flash", "Store saved.");
                return "redirect:/settings/stores/" + id;
            } catch (BusinessRuleViolated violation) {
                FormErrors.reject(result, violation);
            }
        }
        return form(model, storeId, form);
    }

    private String form(Model model, StoreId id, StoreForm form) {
        model.addAttribute("storeId", id == null ? null : id.value());
        model.addAttribute("timeZones", Choices.timeZonesWith(form == null ? null : form.timeZone()));
        model.addAttribute("stockTypes", Choices.STOCK_TYPES);
        return "settings/store";
    }
}
