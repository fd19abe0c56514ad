package com.jeweltrak.inventory.styles.web;

import java.util.Optional;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.styles.RetiringAStyle;
import com.jeweltrak.inventory.styles.SavingAStyle;
import com.jeweltrak.inventory.styles.Style;
import com.jeweltrak.inventory.styles.StyleId;
import com.jeweltrak.inventory.styles.StylePhotos;
import com.jeweltrak.inventory.styles.Styles;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.lists.ListDefinitions;
import com.jeweltrak.platform.lists.ListRendering;
import com.jeweltrak.platform.files.StoredFiles;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.web.FormErrors;
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

/** Inventory → Style Catalog (04-inventory §Style Catalog): the list, + New, a style's page, Edit, retire (R2, R10). */
@Controller
@RequestMapping("/inventory/styles")
@PreAuthorize("hasAuthority('Inventory.View')")
class StylesController {

    private final Styles styles;
    private final SavingAStyle saving;
    private final RetiringAStyle retiring;
    private final StylePhotos photos;
    private final Contacts contacts;
    private final ListDefinitions lists;
    private final ListRendering listRendering;

    StylesController(Styles styles, SavingAStyle saving, RetiringAStyle retiring, StylePhotos photos, Contacts contacts,
                     ListDefinitions lists, ListRendering listRendering) {
        this.styles = styles;
        this.saving = saving;
        this.retiring = retiring;
        this.photos = photos;
        this.contacts = contacts;
        this.lists = lists;
        this.listRendering = listRendering;
    }

    /** One URL for the page and, when htmx asks (search, sort, paging), for just the list (design §5). */
    @GetMapping
    String list(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request, Model model) {
        return listRendering.page(lists.get(StylesList.KEY), params, request, model, "inventory/styles/list");
    }

    @GetMapping("/new")
    String newStyle(@RequestParam(required = false) String family, Model model) {
        Family f = Style.family(family).orElse(Family.JEWELRY);
        StyleAccess.require(f, "Create");
        return form(model, null, StyleForm.blank(f));
    }

    @PostMapping
    String add(@Valid @ModelAttribute("styleForm") StyleForm form, BindingResult result, Model model,
               RedirectAttributes redirect) {
        FormErrors.keepWhenUnconverted(result, form, model);
        StyleAccess.require(Style.family(form.family()).orElse(Family.JEWELRY), "Create");
        Optional<Style> style = form.toStyle(null, true, result);
        if (style.isPresent()) {
            try {
                StyleId id = saving.add(style.get());
                redirect.addFlashAttribute("flash", "Style " + style.get().styleNumber() + " added.");
                return "redirect:/inventory/styles/" + id;
            } catch (BusinessRuleViolated violation) {
                FormErrors.reject(result, violation);
            }
        }
        return form(model, null, form);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Style style = styles.get(new StyleId(id));
        StyleAccess.require(style.family(), "View");
        model.addAttribute("style", style);
        model.addAttribute("vendorName", vendorName(style.vendor()));
        model.addAttribute("photos", photos.of(style.id()));
        model.addAttribute("itemCount", styles.itemCount(style.id()));
        model.addAttribute("canEdit", CurrentUser.require().can(style.family().permission("Edit")));
        model.addAttribute("canDelete", CurrentUser.require().can(style.family().permission("Delete")));
        model.addAttribute("canViewCost", CurrentUser.require().can("CanViewCost"));
        model.addAttribute("accept", StoredFiles.ACCEPT_ATTRIBUTE);
        return "inventory/styles/style";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Style style = styles.get(new StyleId(id));
        StyleAccess.require(style.family(), "Edit");
        return form(model, style, StyleForm.of(style));
    }

    @PostMapping("/{id}")
    String save(@PathVariable long id, @Valid @ModelAttribute("styleForm") StyleForm form, BindingResult result,
                Model model, RedirectAttributes redirect) {
        Style current = styles.get(new StyleId(id));
        StyleAccess.require(current.family(), "Edit");
        FormErrors.keepWhenUnconverted(result, form, model);
        Optional<Style> edited = form.toStyle(current.id(), current.active(), result);
        if (edited.isPresent()) {
            try {
                saving.update(current.id(), edited.get());
                redirect.addFlashAttribute("flash", "Style " + edited.get().styleNumber() + " saved.");
                return "redirect:/inventory/styles/" + id;
            } catch (BusinessRuleViolated violation) {
                FormErrors.reject(result, violation);
            }
        }
        return form(model, current, form);
    }

    /** Deactivate hides the style from the "From style" picker; reactivate shows it again (R10). */
    @PostMapping("/{id}/active")
    String setActive(@PathVariable long id, @RequestParam(required = false) Boolean active, RedirectAttributes redirect) {
        Style style = styles.get(new StyleId(id));
        StyleAccess.require(style.family(), "Edit");
        if (active == null) throw new BusinessRuleViolated("active", "Say whether the style is to be active.");
        retiring.setActive(style.id(), active);
        redirect.addFlashAttribute("flash", "Style " + style.styleNumber() + (active ? " reactivated." : " deactivated."));
        return "redirect:/inventory/styles/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        Style style = styles.get(new StyleId(id));
        StyleAccess.require(style.family(), "Delete");
        try {
            retiring.delete(style.id());
            redirect.addFlashAttribute("flash", "Style " + style.styleNumber() + " deleted.");
            return "redirect:/inventory/styles";
        } catch (BusinessRuleViolated violation) {
            redirect.addFlashAttribute("flashError", violation.getMessage());
            return "redirect:/inventory/styles/" + id;
        }
    }

    private String form(Model model, Style editing, StyleForm form) {
        model.addAttribute("styleForm", form);
        model.addAttribute("editing", editing);
        model.addAttribute("families", Family.values());
        model.addAttribute("vendorRole", ContactRole.VENDOR);
        model.addAttribute("keptVendorId", form.vendor());
        model.addAttribute("keptVendorName", form.vendor() == null ? null : vendorName(new ContactId(form.vendor())));
        return "inventory/styles/form";
    }

    private String vendorName(ContactId vendor) {
        return vendor == null ? null : contacts.find(vendor).map(c -> c.name().full()).orElse(null);
    }
}
