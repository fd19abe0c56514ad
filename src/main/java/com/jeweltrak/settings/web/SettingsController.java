package com.jeweltrak.settings.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The Settings index: open to everyone signed in; the template shows only the cards the user may use. */
@Controller
class SettingsController {

    @GetMapping("/settings")
    String index() {
        return "settings/index";
    }
}
