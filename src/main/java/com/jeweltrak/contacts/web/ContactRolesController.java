package com.jeweltrak.contacts.web;

import java.util.List;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.ContactRoles;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Roles from the pages: the role pickers every document form uses (R7, R10), adding an existing contact to a
 * role's list, and the role switches on a contact's page.
 */
@Controller
@RequestMapping("/contacts")
class ContactRolesController {

    private static final int PICKER_ROWS = 10;

    private final Contacts contacts;
    private final ContactRoles roles;

    ContactRolesController(Contacts contacts, ContactRoles roles) {
        this.contacts = contacts;
        this.roles = roles;
    }

    /** The picker's suggestions: holders of the role, or with {@code all} everyone, role holders first. */
    @GetMapping("/picker")
    @PreAuthorize("hasAuthority('Contacts.View')")
    String picker(@RequestParam String role, @RequestParam(required = false) String q,
                  @RequestParam(defaultValue = "false") boolean all, Model model) {
        ContactRole pickedAs = role(role);
        List<Contact> found = contacts.pick(pickedAs, q, all, PICKER_ROWS);
        model.addAttribute("pickerRole", pickedAs);
        model.addAttribute("pickerResults", found);
        model.addAttribute("pickerQuery", q);
        model.addAttribute("pickerAll", all);
        return "contacts/picker :: results";
    }

    /** The picker on a role's list: the picked contact gains the role (R7), confirmed in the picker beforehand. */
    @PostMapping("/roles")
    @PreAuthorize("hasAuthority('Contacts.Edit')")
    String addPicked(@RequestParam(required = false) Long contactId, @RequestParam String role,
                     RedirectAttributes redirect) {
        ContactRole added = role(role);
        if (contactId == null) {
            redirect.addFlashAttribute("flashError", "Pick a contact first.");
            return "redirect:/contacts?role=" + added.key();
        }
        Contact contact = contacts.get(new ContactId(contactId));
        try {
            boolean changed = roles.ensure(contact.id(), added);
            redirect.addFlashAttribute("flash", contact.displayName() + (changed ? " is now a " : " was already a ")
                    + added.label() + ".");
        } catch (BusinessRuleViolated violation) {
            redirect.addFlashAttribute("flashError", violation.getMessage());
        }
        return "redirect:/contacts?role=" + added.key();
    }

    @PostMapping("/{id}/roles")
    @PreAuthorize("hasAuthority('Contacts.Edit')")
    String change(@PathVariable long id, @RequestParam String role, @RequestParam boolean give,
                  RedirectAttributes redirect) {
        ContactRole changed = role(role);
        ContactId contactId = new ContactId(id);
        Contact contact = contacts.get(contactId);
        try {
            if (give) {
                roles.ensure(contactId, changed);
            } else {
                roles.remove(contactId, changed);
            }
            redirect.addFlashAttribute("flash", contact.displayName() + (give ? " is now a " : " is no longer a ")
                    + changed.label() + ".");
        } catch (BusinessRuleViolated violation) {
            redirect.addFlashAttribute("flashError", violation.getMessage());
        }
        return "redirect:/contacts/" + id;
    }

    private static ContactRole role(String key) {
        return ContactRole.fromKey(key).orElseThrow(() -> new RecordNotFound("Role", key));
    }
}
