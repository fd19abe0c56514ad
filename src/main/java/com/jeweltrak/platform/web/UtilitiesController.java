package com.jeweltrak.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Utilities (11-utilities): open to everyone signed in; the template shows only the tools the user may use. */
@Controller
class UtilitiesController {

    @GetMapping("/utilities")
    String index() {
        return "platform/utilities";
    }
}
