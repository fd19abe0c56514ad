package com.jeweltrak.settings.web;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.features.Feature;
import com.jeweltrak.platform.features.Features;
import com.jeweltrak.settings.SwitchingAFeature;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Settings → Features (10-settings §Features): one row per feature with its description and a toggle. */
@Controller
class FeaturesController {

    private final Features features;
    private final SwitchingAFeature switching;

    FeaturesController(Features features, SwitchingAFeature switching) {
        this.features = features;
        this.switching = switching;
    }

    /** R4 (inferred): everyone may read the list. */
    @GetMapping("/settings/features")
    String page(Model model) {
        model.addAttribute("features", features.all());
        return "settings/features";
    }

    /** R2, R4: a tenant admin flips a toggle; it takes effect at once. */
    @PostMapping("/settings/features")
    @PreAuthorize("hasAuthority('CanManageUsers')")
    String set(@RequestParam String key, @RequestParam(defaultValue = "false") boolean enabled, RedirectAttributes redirect) {
        Feature feature = Feature.of(key);
        if (feature == null) throw new BusinessRuleViolated("key", "There is no feature " + key + ".");
        switching.set(feature, enabled);
        redirect.addFlashAttribute("flash", feature.label() + (enabled ? " is on." : " is off."));
        return "redirect:/settings/features";
    }
}
