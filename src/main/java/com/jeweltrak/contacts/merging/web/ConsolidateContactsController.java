package com.jeweltrak.contacts.merging.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.contacts.merging.DismissingADuplicate;
import com.jeweltrak.contacts.merging.DuplicateCandidates;
import com.jeweltrak.contacts.merging.MergingContacts;
import com.jeweltrak.contacts.merging.PreviewingAMerge;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Utilities → Consolidate Customers (07-contacts §I Have Duplicate Customers R1, R7, R8). The Manual tab
 * keeps its choice in the URL (primary, secondaries, search text), so every step is a plain link and
 * Back works; the preview shows before anything is merged; Confirm posts and redirects to the primary.
 * <p>
 * Permission: Contacts.Delete, not Contacts.Edit — a merge ends the secondaries as records of their own
 * (they leave every picker and list for good, with no self-service un-merge, R15), which is what a jeweler
 * guards as deleting a customer, not as correcting a phone number.
 */
@Controller
@RequestMapping("/utilities/consolidate-contacts")
@PreAuthorize("hasAuthority('Contacts.Delete')")
class ConsolidateContactsController {

    static final String PATH = "/utilities/consolidate-contacts";

    record MergeForm(Long primary, List<Long> secondaries) {
    }

    /** A search hit with the links that choose it as primary or add it as a duplicate. */
    record Found(Contact contact, String keepLink, String addLink) {
    }

    private final Contacts contacts;
    private final PreviewingAMerge previewing;
    private final MergingContacts merging;
    private final DuplicateCandidates candidates;
    private final DismissingADuplicate dismissing;

    ConsolidateContactsController(Contacts contacts, PreviewingAMerge previewing, MergingContacts merging,
                                  DuplicateCandidates candidates, DismissingADuplicate dismissing) {
        this.contacts = contacts;
        this.previewing = previewing;
        this.merging = merging;
        this.candidates = candidates;
        this.dismissing = dismissing;
    }

    /** The Manual tab; for htmx (the search box as one types) just the search results. */
    @GetMapping
    String manual(@RequestParam(required = false) Long primary, @RequestParam(required = false) List<Long> secondaries,
                  @RequestParam(required = false) String q,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        MergeForm form = new MergeForm(primary, secondaries == null ? List.of() : List.copyOf(new LinkedHashSet<>(secondaries)));
        model.addAttribute("mergeForm", form);
        BindingResult result = new BeanPropertyBindingResult(form, "mergeForm");
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "mergeForm", result);
        search(form, q, model);
        if (htmx != null) return "contacts/consolidate-contacts :: searchResults";
        if (form.primary() != null && !form.secondaries().isEmpty()) {
            try {
                model.addAttribute("preview", previewing.preview(new ContactId(form.primary()), ids(form.secondaries())));
            } catch (BusinessRuleViolated violation) {
                FormErrors.reject(result, violation);
            }
        }
        return manualPage(form, model);
    }

    /** Confirm (R7): one transaction; then the primary's page, which now carries everything (R3). */
    @PostMapping("/merge")
    String merge(MergeForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        MergeForm kept = new MergeForm(form.primary(), form.secondaries() == null ? List.of() : form.secondaries());
        try {
            MergingContacts.Merged merged = merging.merge(form.primary() == null ? null : new ContactId(form.primary()),
                    ids(kept.secondaries()));
            int n = merged.secondaries().size();
            redirect.addFlashAttribute("flash", "Merged " + n + (n == 1 ? " contact" : " contacts") + " into "
                    + merged.primary().name().full() + ".");
            return "redirect:/contacts/" + merged.primary().id();
        } catch (BusinessRuleViolated violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            BindingResult result = new BeanPropertyBindingResult(kept, "mergeForm");
            FormErrors.reject(result, violation);
            model.addAttribute("mergeForm", kept);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "mergeForm", result);
            search(kept, null, model);
            return manualPage(kept, model);
        }
    }

    /** The Candidates tab (R8): likely duplicates, a page at a time. */
    @GetMapping("/candidates")
    String candidates(@RequestParam(required = false) Integer page, Model model) {
        Paged<DuplicateCandidates.Candidate> found = candidates.page(Paged.page(page), 25);
        model.addAttribute("tab", "candidates");
        model.addAttribute("candidates", found);
        model.addAttribute("previousPage", PATH + "/candidates?page=" + Math.max(found.page() - 1, 0));
        model.addAttribute("nextPage", PATH + "/candidates?page=" + (found.page() + 1));
        return "contacts/consolidate-contacts";
    }

    /** R9: not the same person; the pair is never proposed again. */
    @PostMapping("/candidates/dismiss")
    String dismiss(@RequestParam long contactA, @RequestParam long contactB, @RequestParam(required = false) Integer page,
                   RedirectAttributes redirect) {
        dismissing.dismiss(new ContactId(contactA), new ContactId(contactB));
        redirect.addFlashAttribute("flash", "Dismissed: contacts #" + contactA + " and #" + contactB
                + " will not be proposed as duplicates again.");
        return "redirect:" + PATH + "/candidates?page=" + Paged.page(page);
    }

    private String manualPage(MergeForm form, Model model) {
        model.addAttribute("tab", "manual");
        model.addAttribute("chosenPrimary", form.primary() == null ? null : contacts.find(new ContactId(form.primary())).orElse(null));
        List<Contact> chosen = new ArrayList<>();
        List<String> removeLinks = new ArrayList<>();
        for (Long id : form.secondaries()) {
            contacts.find(new ContactId(id)).ifPresent(c -> {
                chosen.add(c);
                List<Long> others = new ArrayList<>(form.secondaries());
                others.remove(id);
                removeLinks.add(link(form.primary(), others, null));
            });
        }
        model.addAttribute("chosenSecondaries", chosen);
        model.addAttribute("removeLinks", removeLinks);
        model.addAttribute("clearPrimaryLink", link(null, form.secondaries(), null));
        return "contacts/consolidate-contacts";
    }

    private void search(MergeForm form, String q, Model model) {
        model.addAttribute("q", q);
        List<Found> found = new ArrayList<>();
        if (q != null && !q.isBlank()) {
            for (Contact c : contacts.pick(ContactRole.CUSTOMER, q, true, 20)) {
                long id = c.id().value();
                if (Long.valueOf(id).equals(form.primary()) || form.secondaries().contains(id)) continue;
                List<Long> more = new ArrayList<>(form.secondaries());
                more.add(id);
                List<Long> without = new ArrayList<>(form.secondaries());
                found.add(new Found(c, link(id, without, q), link(form.primary(), more, q)));
            }
        }
        model.addAttribute("found", found);
    }

    static String link(Long primary, List<Long> secondaries, String q) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(PATH);
        if (primary != null) link.queryParam("primary", primary);
        secondaries.forEach(s -> link.queryParam("secondaries", s));
        if (q != null && !q.isBlank()) link.queryParam("q", q);
        return link.build().encode().toUriString();
    }

    private static List<ContactId> ids(List<Long> ids) {
        return ids.stream().filter(java.util.Objects::nonNull).map(ContactId::new).toList();
    }
}
