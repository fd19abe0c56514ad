package com.jeweltrak.contacts.greetings.web;

import com.jeweltrak.contacts.greetings.SentGreetings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The contact page's "Greetings" tab, loaded with htmx: the greetings this contact was sent (R5). */
@Controller
class ContactGreetingsController {

    private final SentGreetings sent;

    ContactGreetingsController(SentGreetings sent) {
        this.sent = sent;
    }

    @GetMapping("/contacts/{id}/greetings")
    @PreAuthorize("hasAuthority('Contacts.View')")
    String greetings(@PathVariable long id, Model model) {
        model.addAttribute("greetings", sent.of(id));
        return "contacts/greetings";
    }
}
