package com.jeweltrak.settings.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The Settings index: open to everyone signed in; the template shows only the cards the user may use. */
@Controller
class SettingsController {

    private final com.jeweltrak.platform.features.Features features;

    SettingsController(com.jeweltrak.platform.features.Features features) {
        this.features = features;
    }

    @GetMapping("/settings")
    String index(org.springframework.ui.Model model) {
        // 10-settings §Customizing Repair messages R1: its card shows only with Job Automation on
        model.addAttribute("jobAutomation", features.on(com.jeweltrak.platform.features.Feature.JOB_AUTOMATION));
        return "settings/index";
    }
}
