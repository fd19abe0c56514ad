package com.jeweltrak.contacts.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.ContactFigures;
import com.jeweltrak.contacts.ContactTransactions;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.contacts.EditingContacts;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.lists.ListDefinitions;
import com.jeweltrak.platform.lists.ListRendering;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Contacts → the list, a contact's page with its tabs, and the new / edit form (07-contacts §Unified Contacts). */
@Controller
@RequestMapping("/contacts")
class ContactsController {

    private final Contacts contacts;
    private final EditingContacts editing;
    private final ListDefinitions lists;
    private final ListRendering listRendering;
    private final ContactChoices choices;
    private final List<ContactTransactions> transactions;
    private final List<ContactFigures> figures;
    private final ContactFormPage formPage;

    ContactsController(Contacts contacts, EditingContacts editing, ListDefinitions lists, ListRendering listRendering,
                       ContactChoices choices, List<ContactTransactions> transactions, ContactFormPage formPage,
                       List<ContactFigures> figures) {
        this.contacts = contacts;
        this.editing = editing;
        this.lists = lists;
        this.listRendering = listRendering;
        this.choices = choices;
        this.transactions = transactions;
        this.figures = figures;
        this.formPage = formPage;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('Contacts.View')")
    String list(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request, Model model) {
        ContactRole.fromKey(params.getFirst(ContactsList.ROLE_FILTER)).ifPresent(role -> model.addAttribute("listRole", role));
        return listRendering.page(lists.get(ContactsList.KEY), params, request, model, "contacts/contacts");
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('Contacts.Create')")
    String newContact(@RequestParam(required = false) String role, Model model) {
        Set<ContactRole> roles = ContactRole.fromKey(role).map(EnumSet::of).orElseGet(() -> EnumSet.noneOf(ContactRole.class));
        CurrentUser me = CurrentUser.require();
        ContactForm blank = ContactForm.blank(roles, me.id().value(),
                me.currentStore() == null ? null : me.currentStore().id().value());
        model.addAttribute("contactForm", blank);
        return form(model, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('Contacts.Create')")
    String add(@Valid @ModelAttribute("contactForm") ContactForm form, BindingResult result, Model model,
               RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            var draft = form.toContact(result);
            var duplicates = draft.isEmpty() || form.notADuplicate() ? List.<Contact>of()
                    : contacts.likelyDuplicatesOf(draft.get(), 5);
            if (!duplicates.isEmpty()) {
                // Scan a business card R5: say who this may already be before a second record is made
                model.addAttribute("duplicates", duplicates);
                return form(model, null);
            }
            if (draft.isPresent()) {
                try {
                    ContactId id = editing.add(draft.get());
                    redirect.addFlashAttribute("flash", draft.get().displayName() + " added.");
                    return "redirect:/contacts/" + id;
                } catch (BusinessRuleViolated violation) {
                    FormErrors.reject(result, violation);
                }
            }
        }
        return form(model, null);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('Contacts.View')")
    String show(@PathVariable long id, Model model) {
        Contact contact = contacts.get(new ContactId(id));
        model.addAttribute("contact", contact);
        model.addAttribute("salespersonName", contact.account().salesperson() == null ? null
                : choices.salespeople().get(contact.account().salesperson().toString()));
        model.addAttribute("homeStoreName", contact.account().homeStore() == null ? null
                : choices.homeStores().get(contact.account().homeStore().toString()));
        if (contact.isMerged()) model.addAttribute("survivor", contacts.find(contact.mergedInto()).orElse(null));
        model.addAttribute("transactions", transactions.stream()
                .flatMap(t -> t.recent(contact.id(), 50).stream())
                .sorted((a, b) -> b.date().compareTo(a.date())).limit(50).toList());
        // 09-reports §3 R5: lifetime totals from the modules that own the documents
        model.addAttribute("contactFigures", figures.stream().flatMap(f -> f.of(contact.id()).stream()).toList());
        model.addAttribute("roles", ContactRole.values());
        return "contacts/contact";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('Contacts.Edit')")
    String edit(@PathVariable long id, Model model) {
        Contact contact = contacts.get(new ContactId(id));
        if (contact.isMerged()) return "redirect:/contacts/" + id;
        model.addAttribute("contactForm", ContactForm.of(contact));
        return form(model, contact);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('Contacts.Edit')")
    String save(@PathVariable long id, @Valid @ModelAttribute("contactForm") ContactForm form, BindingResult result,
                Model model, RedirectAttributes redirect) {
        ContactId contactId = new ContactId(id);
        Contact current = contacts.get(contactId);
        if (!result.hasErrors()) {
            var edited = form.toContact(result);
            if (edited.isPresent()) {
                try {
                    Contact saved = editing.save(contactId, edited.get());
                    redirect.addFlashAttribute("flash", saved.displayName() + " saved.");
                    return "redirect:/contacts/" + id;
                } catch (BusinessRuleViolated violation) {
                    FormErrors.reject(result, violation);
                }
            }
        }
        return form(model, current);
    }

    private String form(Model model, Contact contact) {
        return formPage.render(model, contact);
    }
}
