package com.jeweltrak.inventory.descriptions.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.descriptions.AiEndpoints;
import com.jeweltrak.inventory.descriptions.AiSettings;
import com.jeweltrak.inventory.descriptions.DescriptionTemplate;
import com.jeweltrak.inventory.descriptions.DescriptionTemplates;
import com.jeweltrak.inventory.descriptions.ItemFacts;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.web.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings → Descriptions (04-inventory §Generating Descriptions R6–R8): the description template of each
 * family and the AI endpoint (off until configured). The API key is write-only: the page says whether one is
 * set, never what it is.
 */
@Controller
@RequestMapping("/settings/descriptions")
@PreAuthorize("hasAuthority('CanManageUsers')")
class DescriptionSettingsController {

    private final DescriptionTemplates templates;
    private final AiEndpoints endpoints;

    DescriptionSettingsController(DescriptionTemplates templates, AiEndpoints endpoints) {
        this.templates = templates;
        this.endpoints = endpoints;
    }

    /** The templates as typed, one per family. */
    record TemplatesForm(String jewelry, String watch, String diamond, String coloredStone, String pearl) {
        Map<Family, String> byFamily() {
            Map<Family, String> texts = new EnumMap<>(Family.class);
            texts.put(Family.JEWELRY, jewelry);
            texts.put(Family.WATCH, watch);
            texts.put(Family.DIAMOND, diamond);
            texts.put(Family.COLORED_STONE, coloredStone);
            texts.put(Family.PEARL, pearl);
            return texts;
        }
    }

    /** The endpoint as typed; a blank key keeps the one there is. */
    record AiForm(String baseUrl, String model, Integer timeoutSeconds, Boolean enabled, String apiKey, Boolean removeKey) {
    }

    @GetMapping
    String show(Model model) {
        Map<Family, String> saved = templates.all();
        model.addAttribute("templatesForm", new TemplatesForm(saved.get(Family.JEWELRY), saved.get(Family.WATCH),
                saved.get(Family.DIAMOND), saved.get(Family.COLORED_STONE), saved.get(Family.PEARL)));
        model.addAttribute("aiForm", endpoints.settings().map(s -> new AiForm(s.baseUrl(), s.model(), s.timeoutSeconds(),
                s.enabled(), null, false)).orElse(new AiForm(null, null, AiSettings.DEFAULT_TIMEOUT_SECONDS, true, null, false)));
        return page(model);
    }

    @PostMapping("/templates")
    String saveTemplates(@ModelAttribute("templatesForm") TemplatesForm form, BindingResult result, Model model,
                         RedirectAttributes redirect) {
        try {
            templates.setAll(form.byFamily());
            redirect.addFlashAttribute("flash", "Description templates saved.");
            return "redirect:/settings/descriptions";
        } catch (BusinessRuleViolated violation) {
            FormErrors.reject(result, violation);
        }
        model.addAttribute("aiForm", endpoints.settings().map(s -> new AiForm(s.baseUrl(), s.model(), s.timeoutSeconds(),
                s.enabled(), null, false)).orElse(new AiForm(null, null, AiSettings.DEFAULT_TIMEOUT_SECONDS, true, null, false)));
        return page(model);
    }

    @PostMapping("/ai")
    String saveAi(@ModelAttribute("aiForm") AiForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                endpoints.save(new AiSettings(form.baseUrl(), form.model(),
                                form.timeoutSeconds() == null ? AiSettings.DEFAULT_TIMEOUT_SECONDS : form.timeoutSeconds(),
                                Boolean.TRUE.equals(form.enabled()), false),
                        form.apiKey(), Boolean.TRUE.equals(form.removeKey()));
                redirect.addFlashAttribute("flash", "AI description settings saved.");
                return "redirect:/settings/descriptions";
            } catch (BusinessRuleViolated violation) {
                FormErrors.reject(result, violation);
            }
        }
        Map<Family, String> saved = templates.all();
        model.addAttribute("templatesForm", new TemplatesForm(saved.get(Family.JEWELRY), saved.get(Family.WATCH),
                saved.get(Family.DIAMOND), saved.get(Family.COLORED_STONE), saved.get(Family.PEARL)));
        return page(model);
    }

    private String page(Model model) {
        Map<String, List<String>> tokens = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Family family : Family.values()) {
            tokens.put(DescriptionTemplate.field(family), ItemFacts.tokenNames(family).stream().map(t -> "{" + t + "}").toList());
            labels.put(DescriptionTemplate.field(family), family.label());
        }
        model.addAttribute("tokens", tokens);
        model.addAttribute("familyLabels", labels);
        model.addAttribute("hasKey", endpoints.settings().map(AiSettings::hasKey).orElse(false));
        return "inventory/descriptions/settings";
    }
}
