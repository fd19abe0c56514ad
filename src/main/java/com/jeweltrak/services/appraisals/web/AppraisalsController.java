package com.jeweltrak.services.appraisals.web;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.lists.ListDefinitions;
import com.jeweltrak.platform.lists.ListRendering;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.web.FormErrors;
import com.jeweltrak.services.appraisals.AddingAnAppraisalItem;
import com.jeweltrak.services.appraisals.Appraisal;
import com.jeweltrak.services.appraisals.AppraisalId;
import com.jeweltrak.services.appraisals.AppraisalPrinting;
import com.jeweltrak.services.appraisals.ChangingAnAppraisal;
import com.jeweltrak.services.appraisals.FinalizingAnAppraisal;
import com.jeweltrak.services.appraisals.OpeningAnAppraisal;
import com.jeweltrak.services.appraisals.RemovingAnAppraisalItem;
import com.jeweltrak.services.appraisals.RevisingAnAppraisal;
import com.jeweltrak.services.appraisals.web.AppraisalForms.EmailForm;
import com.jeweltrak.services.appraisals.web.AppraisalForms.HeaderForm;
import com.jeweltrak.services.appraisals.web.AppraisalForms.ItemForm;
import com.jeweltrak.services.appraisals.web.AppraisalForms.NewAppraisalForm;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/**
 * The appraisal pages (03-services §13 UI): the list with "+ New" (customer, purpose, header notes: R2), the appraisal
 * page — header, item grid, Finalize, Revise (R6), Print, Email. Post/redirect/get; a refusal shows the page again with
 * the message beside its field (422), what was typed kept.
 */
@Controller
@RequestMapping("/services/appraisals")
class AppraisalsController {

    private final AppraisalPage page;
    private final OpeningAnAppraisal opening;
    private final ChangingAnAppraisal changing;
    private final AddingAnAppraisalItem adding;
    private final RemovingAnAppraisalItem removing;
    private final FinalizingAnAppraisal finalizing;
    private final RevisingAnAppraisal revising;
    private final AppraisalPrinting printing;
    private final ListDefinitions lists;
    private final ListRendering listRendering;
    private final com.jeweltrak.services.appraisals.PhotographingAnItem photographing;
    private final com.jeweltrak.services.appraisals.OpeningForANewCustomer openingForNew;
    private final com.jeweltrak.platform.files.StoredFiles files;

    AppraisalsController(AppraisalPage page, OpeningAnAppraisal opening, ChangingAnAppraisal changing,
                         AddingAnAppraisalItem adding, RemovingAnAppraisalItem removing, FinalizingAnAppraisal finalizing,
                         RevisingAnAppraisal revising, AppraisalPrinting printing, ListDefinitions lists,
                         ListRendering listRendering, com.jeweltrak.services.appraisals.PhotographingAnItem photographing,
                         com.jeweltrak.services.appraisals.OpeningForANewCustomer openingForNew,
                         com.jeweltrak.platform.files.StoredFiles files) {
        this.photographing = photographing;
        this.openingForNew = openingForNew;
        this.files = files;
        this.page = page;
        this.opening = opening;
        this.changing = changing;
        this.adding = adding;
        this.removing = removing;
        this.finalizing = finalizing;
        this.revising = revising;
        this.printing = printing;
        this.lists = lists;
        this.listRendering = listRendering;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('Appraisals.View')")
    String list(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request, Model model) {
        model.addAttribute("customerRole", ContactRole.CUSTOMER);
        model.addAttribute("purposes", com.jeweltrak.services.appraisals.AppraisalPurpose.values());
        if (!model.containsAttribute("newAppraisalForm")) {
            model.addAttribute("newAppraisalForm", new NewAppraisalForm(null, null, null, null, null, null, null));
        }
        return listRendering.page(lists.forCurrentUser(AppraisalsList.KEY), params, request, model,
                "services/appraisals/appraisals");
    }

    /** R2: the header is saved first, in the user's current store; items are added on the appraisal page after. */
    @PostMapping
    @PreAuthorize("hasAuthority('Appraisals.Create')")
    String create(@ModelAttribute("newAppraisalForm") NewAppraisalForm form, BindingResult result,
                  @RequestParam MultiValueMap<String, String> params, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        CurrentUser me = CurrentUser.require();
        try {
            if (me.currentStore() == null) {
                throw new BusinessRuleViolated("customerId", "Choose the store you work in first (the store switcher at the top).");
            }
            var opened = new OpeningAnAppraisal.Request(me.currentStore().id(),
                    form.customerId() == null ? null : new ContactId(form.customerId()),
                    AppraisalInput.purpose("purpose", form.purpose()), null, form.headerNotes(), me.displayName(), null);
            // §13 R2: no customer picked but a new one typed: created inline with the appraisal
            AppraisalId id = form.customerId() == null && form.newCustomer().typed()
                    ? openingForNew.open(form.newCustomer(), opened) : opening.open(opened);
            return "redirect:/services/appraisals/" + id;
        } catch (BusinessRuleViolated refused) {
            FormErrors.reject(result, refused);
            response.setStatus(422);
            return list(new org.springframework.util.LinkedMultiValueMap<>(), request, model);
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('Appraisals.View')")
    String show(@PathVariable long id, Model model) {
        return page.render(page.visible(id), model);
    }

    @PostMapping("/{id}")
    @PreAuthorize(AppraisalPage.EDITING)
    String changeHeader(@PathVariable long id, @ModelAttribute("headerForm") HeaderForm form, BindingResult result,
                        HttpServletResponse response, Model model) {
        Appraisal appraisal = page.visible(id);
        return page.act(appraisal, result, response, model, () -> {
            changing.change(appraisal.id(), new ChangingAnAppraisal.Request(AppraisalInput.purpose("purpose", form.purpose()),
                    AppraisalInput.date("date", form.date()), form.headerNotes(), form.appraiserName(), form.appraiserTitle()));
            return null;
        });
    }

    /** R3: a piece described by hand, never a StockID. */
    @PostMapping("/{id}/items")
    @PreAuthorize(AppraisalPage.EDITING)
    String addItem(@PathVariable long id, @ModelAttribute("itemForm") ItemForm form, BindingResult result,
                   HttpServletResponse response, Model model) {
        Appraisal appraisal = page.visible(id);
        return page.act(appraisal, result, response, model, () -> {
            adding.add(appraisal.id(), AppraisalInput.item(form.description(), form.metal(), form.weight(), form.stones(),
                    form.marks(), form.condition(), form.appraisedValue()));
            return null;
        });
    }

    @PostMapping("/{id}/pieces/{itemId}/remove")
    @PreAuthorize(AppraisalPage.EDITING)
    String removeItem(@PathVariable long id, @PathVariable long itemId, HttpServletResponse response, Model model) {
        Appraisal appraisal = page.visible(id);
        appraisal.item(itemId);
        return page.act(appraisal, AppraisalPage.actions(), response, model, () -> {
            removing.remove(appraisal.id(), itemId);
            return null;
        });
    }

    /** §13 Data, R5: a photo of the piece (JPEG or PNG), shown in the grid and printed. */
    @PostMapping("/{id}/pieces/{itemId}/photo")
    @PreAuthorize(AppraisalPage.EDITING)
    String photo(@PathVariable long id, @PathVariable long itemId,
                 @RequestParam(name = "photo", required = false) org.springframework.web.multipart.MultipartFile photo,
                 HttpServletResponse response, Model model) {
        Appraisal appraisal = page.visible(id);
        appraisal.item(itemId);
        return page.act(appraisal, AppraisalPage.actions(), response, model, () -> {
            try {
                photographing.attach(appraisal.id(), itemId, photo == null ? null : photo.getOriginalFilename(),
                        photo == null ? null : photo.getBytes());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
    }

    @GetMapping("/{id}/pieces/{itemId}/photo")
    @PreAuthorize("hasAuthority('Appraisals.View')")
    ResponseEntity<byte[]> showPhoto(@PathVariable long id, @PathVariable long itemId,
                                     @RequestParam(name = "n", required = false, defaultValue = "1") int n) {
        Appraisal appraisal = page.visible(id);
        Long file = appraisal.item(itemId).photo(n); // §13 Data: the n-th of the piece's photos
        if (file == null) throw new com.jeweltrak.platform.RecordNotFound("Photo", itemId);
        var opened = files.open(new com.jeweltrak.platform.files.FileId(file));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(opened.file().contentType()))
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600").body(opened.bytes());
    }

    @PostMapping("/{id}/finalize")
    @PreAuthorize(AppraisalPage.EDITING)
    String finalizeIt(@PathVariable long id, HttpServletResponse response, Model model) {
        Appraisal appraisal = page.visible(id);
        return page.act(appraisal, AppraisalPage.actions(), response, model, () -> {
            finalizing.finalizeIt(appraisal.id());
            return null;
        });
    }

    /** R6: "editing" a finalized appraisal makes a new one; the page of the new one follows. */
    @PostMapping("/{id}/revise")
    @PreAuthorize("hasAuthority('Appraisals.Create')")
    String revise(@PathVariable long id, HttpServletResponse response, Model model) {
        Appraisal appraisal = page.visible(id);
        return page.act(appraisal, AppraisalPage.actions(), response, model,
                () -> "/services/appraisals/" + revising.revise(appraisal.id()));
    }

    /** R5: Print. */
    @GetMapping("/{id}/pdf")
    @PreAuthorize("hasAuthority('Appraisals.View')")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        Appraisal appraisal = page.visible(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("appraisal-" + appraisal.numberText() + ".pdf").build().toString())
                .body(printing.pdf(appraisal));
    }

    /** R5: Email — the PDF through the outbox. */
    @PostMapping("/{id}/email")
    @PreAuthorize("hasAuthority('Appraisals.View')")
    String email(@PathVariable long id, @ModelAttribute("emailForm") EmailForm form, BindingResult result,
                 HttpServletResponse response, Model model, RedirectAttributes flash) {
        Appraisal appraisal = page.visible(id);
        try {
            String to = printing.email(appraisal, form.toAddress());
            flash.addFlashAttribute("appraisalMessage", "Appraisal " + appraisal.numberText() + " is on its way to " + to + ".");
            return "redirect:/services/appraisals/" + id;
        } catch (BusinessRuleViolated violation) {
            FormErrors.reject(result, violation);
            response.setStatus(422);
            return page.render(appraisal, model);
        }
    }
}
