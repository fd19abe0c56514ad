package com.jeweltrak.sales.documents.web;

import java.util.LinkedHashMap;
import java.util.Map;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.files.FileDownloads;
import com.jeweltrak.platform.files.StoredFiles;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.web.FormErrors;
import com.jeweltrak.sales.documents.ConfiguringPaymentOptions;
import com.jeweltrak.sales.documents.PaymentOptions;
import com.jeweltrak.sales.documents.StorePaymentOption;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
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
 * Settings → Stores → store → Payment Options (10-settings §Payment Options on Invoices): the table (kind, label,
 * shown, ↑ / ↓, edit, delete) and the add form on one page, the edit form on its own. Store settings are a tenant
 * admin's (Store Configuration R11).
 */
@Controller
@RequestMapping("/settings/stores/{id}/payment-options")
@PreAuthorize("hasAuthority('CanManageUsers')")
class PaymentOptionsController {

    static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        for (StorePaymentOption.Kind kind : StorePaymentOption.Kind.values()) KINDS.put(kind.name(), kind.label());
    }

    private final Stores stores;
    private final PaymentOptions options;
    private final ConfiguringPaymentOptions configuring;
    private final StoredFiles files;

    PaymentOptionsController(Stores stores, PaymentOptions options, ConfiguringPaymentOptions configuring,
                             StoredFiles files) {
        this.stores = stores;
        this.options = options;
        this.configuring = configuring;
        this.files = files;
    }

    @GetMapping
    String list(@PathVariable long id, Model model) {
        model.addAttribute("paymentOptionForm", PaymentOptionForm.blank());
        return page(model, new StoreId(id));
    }

    @PostMapping
    String add(@PathVariable long id, @ModelAttribute("paymentOptionForm") PaymentOptionForm form, BindingResult result,
               Model model, RedirectAttributes redirect) {
        StoreId store = new StoreId(id);
        try {
            configuring.add(store, form.toDetails());
            redirect.addFlashAttribute("flash", "Payment option added.");
            return "redirect:/settings/stores/" + id + "/payment-options";
        } catch (BusinessRuleViolated violation) {
            FormErrors.reject(result, violation);
        }
        return page(model, store);
    }

    @GetMapping("/{optionId}")
    String edit(@PathVariable long id, @PathVariable long optionId, Model model) {
        StoreId store = new StoreId(id);
        StorePaymentOption option = options.get(store, optionId);
        model.addAttribute("paymentOptionForm", PaymentOptionForm.of(option));
        return editPage(model, store, option);
    }

    @PostMapping("/{optionId}")
    String save(@PathVariable long id, @PathVariable long optionId,
                @ModelAttribute("paymentOptionForm") PaymentOptionForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        StoreId store = new StoreId(id);
        StorePaymentOption option = options.get(store, optionId);
        try {
            configuring.edit(store, optionId, form.toDetails());
            redirect.addFlashAttribute("flash", "Payment option saved.");
            return "redirect:/settings/stores/" + id + "/payment-options";
        } catch (BusinessRuleViolated violation) {
            FormErrors.reject(result, violation);
        }
        return editPage(model, store, option);
    }

    @PostMapping("/{optionId}/shown")
    String shown(@PathVariable long id, @PathVariable long optionId, @RequestParam(defaultValue = "false") boolean shown) {
        configuring.show(new StoreId(id), optionId, shown);
        return "redirect:/settings/stores/" + id + "/payment-options";
    }

    @PostMapping("/{optionId}/move")
    String move(@PathVariable long id, @PathVariable long optionId, @RequestParam(defaultValue = "up") String direction) {
        configuring.move(new StoreId(id), optionId, !"down".equals(direction));
        return "redirect:/settings/stores/" + id + "/payment-options";
    }

    @PostMapping("/{optionId}/delete")
    String delete(@PathVariable long id, @PathVariable long optionId, RedirectAttributes redirect) {
        configuring.delete(new StoreId(id), optionId);
        redirect.addFlashAttribute("flash", "Payment option deleted.");
        return "redirect:/settings/stores/" + id + "/payment-options";
    }

    /** The uploaded QR image, for the settings table's preview. */
    @GetMapping("/{optionId}/image")
    ResponseEntity<byte[]> image(@PathVariable long id, @PathVariable long optionId) {
        StorePaymentOption option = options.get(new StoreId(id), optionId);
        if (option.image() == null) throw new com.jeweltrak.platform.RecordNotFound("Payment option image", optionId);
        return FileDownloads.inline(files.open(option.image()));
    }

    private String page(Model model, StoreId store) {
        model.addAttribute("storeId", store.value());
        model.addAttribute("storeName", stores.get(store).name());
        model.addAttribute("options", options.of(store));
        model.addAttribute("kinds", KINDS);
        return "sales/payment-options";
    }

    private String editPage(Model model, StoreId store, StorePaymentOption option) {
        model.addAttribute("storeId", store.value());
        model.addAttribute("storeName", stores.get(store).name());
        model.addAttribute("option", option);
        return "sales/payment-option";
    }
}
