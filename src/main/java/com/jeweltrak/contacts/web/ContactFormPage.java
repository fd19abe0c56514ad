package com.jeweltrak.contacts.web;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.scan.ReadingABusinessCard;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The new / edit contact page's dropdowns and switches, for every controller that renders the form. */
@Component
class ContactFormPage {

    static final String VIEW = "contacts/contact-form";

    private final ContactChoices choices;
    private final ReadingABusinessCard cards;

    ContactFormPage(ContactChoices choices, ReadingABusinessCard cards) {
        this.choices = choices;
        this.cards = cards;
    }

    /** The form for a new contact ({@code editing} null) or for one being edited. */
    String render(Model model, Contact editing) {
        model.addAttribute("editing", editing);
        model.addAttribute("months", ContactChoices.MONTHS);
        model.addAttribute("channels", ContactChoices.CHANNELS);
        model.addAttribute("taxStatuses", ContactChoices.TAX_STATUSES);
        model.addAttribute("salespeople", choices.salespeople());
        model.addAttribute("homeStores", choices.homeStores());
        // Scan a business card R1: on the new and the edit page, where this server can read cards
        model.addAttribute("scanEnabled", cards.available());
        return VIEW;
    }
}
