package com.jeweltrak.contacts.web;

import java.io.IOException;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.contacts.scan.ReadingABusinessCard;
import com.jeweltrak.contacts.scan.ScannedCard;
import com.jeweltrak.platform.BusinessRuleViolated;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * "Read card" on the new and edit contact pages (07-contacts §Scan a business card). The whole form comes
 * with the photo, so what was already typed stays; what the card shows fills only the empty fields (R4),
 * and nothing is saved until the user clicks Save (R3). No role is set (R6); the photo is not kept (R7).
 */
@Controller
@RequestMapping("/contacts")
class ContactScanController {

    private final ReadingABusinessCard cards;
    private final Contacts contacts;
    private final ContactFormPage formPage;

    ContactScanController(ReadingABusinessCard cards, Contacts contacts, ContactFormPage formPage) {
        this.cards = cards;
        this.contacts = contacts;
        this.formPage = formPage;
    }

    @PostMapping("/scan")
    @PreAuthorize("hasAuthority('Contacts.Create')")
    String scanForNew(@ModelAttribute("contactForm") ContactForm form, BindingResult result,
                      @RequestParam(required = false) MultipartFile card, Model model) {
        return scan(form, result, card, model, null);
    }

    @PostMapping("/{id}/scan")
    @PreAuthorize("hasAuthority('Contacts.Edit')")
    String scanForEdit(@PathVariable long id, @ModelAttribute("contactForm") ContactForm form, BindingResult result,
                       @RequestParam(required = false) MultipartFile card, Model model) {
        Contact editing = contacts.get(new ContactId(id));
        return scan(form, result, card, model, editing);
    }

    private String scan(ContactForm form, BindingResult result, MultipartFile card, Model model, Contact editing) {
        ContactForm shown = form;
        if (card == null || card.isEmpty()) {
            model.addAttribute("scanError", "Choose a photo of the card first.");
        } else {
            try {
                ScannedCard scanned = cards.read(card.getBytes());
                if (scanned.isEmpty()) {
                    model.addAttribute("scanError", "Nothing could be read from that photo. Try again in good light, "
                            + "with the card filling the picture — or type the details.");
                } else {
                    shown = form.filledFrom(scanned);
                    model.addAttribute("scanNote", "Read from the card — check every field, tick the roles, then save.");
                }
            } catch (BusinessRuleViolated refused) {
                model.addAttribute("scanError", refused.getMessage());
            } catch (IOException e) {
                model.addAttribute("scanError", "The photo did not arrive completely. Try again.");
            }
        }
        model.addAttribute("contactForm", shown);
        // the binding result belongs to the form as posted; a filled form starts with a clean slate
        if (shown != form) model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "contactForm",
                new org.springframework.validation.BeanPropertyBindingResult(shown, "contactForm"));
        return formPage.render(model, editing);
    }
}
