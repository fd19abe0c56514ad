package com.jeweltrak.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard; report widgets join it with the reports module. */
@Controller
class HomeController {

    @GetMapping("/")
    String dashboard() {
        return "platform/dashboard";
    }
}
