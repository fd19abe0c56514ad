package com.jeweltrak.inventory.stones.web;

import java.io.IOException;
import java.util.Optional;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.stones.CertificateFile;
import com.jeweltrak.inventory.stones.EmailingACertificate;
import com.jeweltrak.inventory.stones.ShareLinks;
import com.jeweltrak.inventory.stones.StoneCertificates;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.files.FileDownloads;
import com.jeweltrak.platform.files.StoredFiles;
import com.jeweltrak.platform.tenancy.TenantContext;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Certificate files: a loose stone's (its Certificate card) and a manual set stone's (CertMain, on the Set
 * stones card); a combined set stone shows its loose stone's (R3). View opens the file inline, Email queues
 * it as an attachment, Share makes a signed link and opens its share page, Remove detaches it (audited).
 */
@Controller
@PreAuthorize("isAuthenticated()")
class StoneCertificatesController {

    private static final String LOOSE = "/inventory/items/{id}/certificate";
    private static final String SET = "/inventory/items/{id}/set-stones/{stoneId}/certificate";

    private final StoneAccess access;
    private final StoneCertificates certificates;
    private final StoredFiles files;
    private final EmailingACertificate emailing;
    private final ShareLinks links;
    private final Contacts contacts;
    private final SetStonesCard setStones;

    StoneCertificatesController(StoneAccess access, StoneCertificates certificates, StoredFiles files,
                           EmailingACertificate emailing, ShareLinks links, Contacts contacts, SetStonesCard setStones) {
        this.access = access;
        this.certificates = certificates;
        this.files = files;
        this.emailing = emailing;
        this.links = links;
        this.contacts = contacts;
        this.setStones = setStones;
    }

    /** The loose stone's Certificate card (htmx fragment). */
    @GetMapping(LOOSE + "-card")
    String card(@PathVariable long id, Model model) {
        return looseCard(access.viewable(id), model);
    }

    /** A loose stone's certificate file, by its certificate record. */
    @GetMapping("/inventory/stone-certificates/{certificateId}")
    ResponseEntity<byte[]> view(@PathVariable long certificateId) {
        Item item = access.viewable(certificates.stoneOf(certificateId).value());
        return FileDownloads.inline(files.open(certificates.require(item.id(), null).file()));
    }

    @GetMapping(SET)
    ResponseEntity<byte[]> viewOfSetStone(@PathVariable long id, @PathVariable long stoneId) {
        Item item = access.viewable(id);
        return FileDownloads.inline(files.open(certificates.require(item.id(), stoneId).file()));
    }

    @PostMapping(LOOSE)
    String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        Item item = access.editable(id);
        try {
            certificates.attachToLooseStone(item.id(), name(file), type(file), bytes(file));
            model.addAttribute("certificateDone", "Certificate attached.");
        } catch (BusinessRuleViolated refused) {
            model.addAttribute("fileError", refused.getMessage());
        }
        return looseCard(item, model);
    }

    @PostMapping(SET)
    String uploadForSetStone(@PathVariable long id, @PathVariable long stoneId,
                             @RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        Item item = access.editable(id);
        certificates.ofSetStone(item.id(), stoneId); // another item's or tenant's stone: 404 before anything else
        try {
            certificates.attachToSetStone(item.id(), stoneId, name(file), type(file), bytes(file));
            model.addAttribute("stoneDone", "Certificate attached.");
        } catch (BusinessRuleViolated refused) {
            model.addAttribute("fileError", refused.getMessage());
            model.addAttribute("fileErrorStone", stoneId);
        }
        return setStones.render(item, model);
    }

    @PostMapping(LOOSE + "/remove")
    String remove(@PathVariable long id, Model model) {
        Item item = access.editable(id);
        certificates.removeFromLooseStone(item.id());
        model.addAttribute("certificateDone", "Certificate removed.");
        return looseCard(item, model);
    }

    @PostMapping(SET + "/remove")
    String removeOfSetStone(@PathVariable long id, @PathVariable long stoneId, Model model) {
        Item item = access.editable(id);
        try {
            certificates.removeFromSetStone(item.id(), stoneId);
            model.addAttribute("stoneDone", "Certificate removed.");
        } catch (BusinessRuleViolated refused) {
            model.addAttribute("stoneError", refused.getMessage());
        }
        return setStones.render(item, model);
    }

    /** Email to a picked contact's e-mail or a typed address (Share a Certificate R6). */
    @PostMapping(LOOSE + "/email")
    String email(@PathVariable long id, @RequestParam(required = false) Long contactId,
                 @RequestParam(required = false) String toAddress, Model model) {
        Item item = access.viewable(id);
        sendOrExplain(item, null, contactId, toAddress, model, "certificateDone", "emailError");
        return looseCard(item, model);
    }

    @PostMapping(SET + "/email")
    String emailOfSetStone(@PathVariable long id, @PathVariable long stoneId, @RequestParam(required = false) Long contactId,
                           @RequestParam(required = false) String toAddress, Model model) {
        Item item = access.viewable(id);
        certificates.ofSetStone(item.id(), stoneId);
        sendOrExplain(item, stoneId, contactId, toAddress, model, "stoneDone", "stoneError");
        return setStones.render(item, model);
    }

    /** Share: a fresh signed link (nothing stored, no audit — R4), opened on its share page. */
    @PostMapping(LOOSE + "/share")
    String share(@PathVariable long id) {
        Item item = access.viewable(id);
        return "redirect:/shared/certificates/" + link(certificates.require(item.id(), null));
    }

    @PostMapping(SET + "/share")
    String shareOfSetStone(@PathVariable long id, @PathVariable long stoneId) {
        Item item = access.viewable(id);
        return "redirect:/shared/certificates/" + link(certificates.require(item.id(), stoneId));
    }

    private String link(CertificateFile certificate) {
        return links.sign(TenantContext.requireTenant(), certificate.file());
    }

    private void sendOrExplain(Item item, Long stoneId, Long contactId, String typed, Model model, String done, String error) {
        try {
            String to = typed;
            String name = null;
            // a picked contact's address is read only by someone who may see contacts; others type it
            if (contactId != null && com.jeweltrak.platform.security.CurrentUser.require().can("Contacts.View")) {
                var contact = contacts.find(new ContactId(contactId)).orElseThrow(() -> new RecordNotFound("Contact", contactId));
                to = Optional.ofNullable(contact.reach()).map(r -> r.email()).orElseThrow(() -> new BusinessRuleViolated(
                        "toAddress", contact.name().full() + " has no e-mail address; type one."));
                name = contact.name().full();
            }
            emailing.email(item.id(), stoneId, to, name);
            model.addAttribute(done, "Certificate e-mailed to " + to + " (it leaves with the next mail run).");
        } catch (BusinessRuleViolated refused) {
            model.addAttribute(error, refused.getMessage());
            model.addAttribute("emailTyped", typed);
            model.addAttribute("emailStone", stoneId);
        }
    }

    private String looseCard(Item item, Model model) {
        model.addAttribute("item", item);
        model.addAttribute("certificate", StoneCertificates.isLooseStone(item.family())
                ? certificates.ofLooseStone(item.id()).orElse(null) : null);
        model.addAttribute("canEditCertificate", StoneAccess.canEdit(item));
        model.addAttribute("accept", StoredFiles.ACCEPT_ATTRIBUTE);
        model.addAttribute("customerRole", com.jeweltrak.contacts.ContactRole.CUSTOMER);
        // §Set Stones R3: a loose stone set into a piece keeps its certificate here; say where it is
        model.addAttribute("setIn", setStones.setIn(item));
        return "inventory/stone-certificate :: card";
    }

    private static String name(MultipartFile file) {
        return file == null ? null : file.getOriginalFilename();
    }

    private static String type(MultipartFile file) {
        return file == null ? null : file.getContentType();
    }

    private static byte[] bytes(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) throw new BusinessRuleViolated("file", "Choose the certificate's PDF or photo.");
        return file.getBytes();
    }
}
