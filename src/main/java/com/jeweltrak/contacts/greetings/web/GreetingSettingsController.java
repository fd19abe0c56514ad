package com.jeweltrak.contacts.greetings.web;

import com.jeweltrak.contacts.greetings.ChangingGreetingSettings;
import com.jeweltrak.contacts.greetings.GreetingPreview;
import com.jeweltrak.contacts.greetings.GreetingSettingsInvalid;
import com.jeweltrak.contacts.greetings.GreetingSettingsStore;
import com.jeweltrak.contacts.greetings.MergeFields;
import jakarta.validation.Valid;
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
 * Settings → Greetings (07-contacts §Birthday & Anniversary Auto-Send R2, R3): the tenant's own admin
 * switches greetings on and edits the templates; "Preview" shows the typed templates filled in for a
 * sample customer without saving.
 */
@Controller
@RequestMapping("/settings/greetings")
@PreAuthorize("hasAuthority('CanManageUsers')")
class GreetingSettingsController {

    private final GreetingSettingsStore settings;
    private final ChangingGreetingSettings changing;
    private final GreetingPreview preview;

    GreetingSettingsController(GreetingSettingsStore settings, ChangingGreetingSettings changing, GreetingPreview preview) {
        this.settings = settings;
        this.changing = changing;
        this.preview = preview;
    }

    @GetMapping
    String show(Model model) {
        GreetingSettingsForm form = GreetingSettingsForm.of(settings.current());
        model.addAttribute("greetingSettingsForm", form);
        return page(model, form);
    }

    @PostMapping
    String save(@Valid @ModelAttribute("greetingSettingsForm") GreetingSettingsForm form, BindingResult result,
                @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        if ("preview".equals(action)) {
            form.toSettings().problems().forEach((field, message) -> result.rejectValue(field, "rule", message));
            return page(model, form);
        }
        if (!result.hasErrors()) {
            try {
                changing.change(form.toSettings());
                redirect.addFlashAttribute("flash", "Greeting settings saved.");
                return "redirect:/settings/greetings";
            } catch (GreetingSettingsInvalid invalid) {
                invalid.problems().forEach((field, message) -> result.rejectValue(field, "rule", message));
            }
        }
        return page(model, form);
    }

    private String page(Model model, GreetingSettingsForm form) {
        model.addAttribute("preview", preview.of(form.toSettings()));
        model.addAttribute("mergeFields", MergeFields.NAMES.stream().map(n -> "{" + n + "}").toList());
        return "settings/greetings";
    }
}
