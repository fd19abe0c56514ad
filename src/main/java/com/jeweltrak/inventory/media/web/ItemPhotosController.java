package com.jeweltrak.inventory.media.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.media.AddingAPhoto;
import com.jeweltrak.inventory.media.ItemPhoto;
import com.jeweltrak.inventory.media.ItemPhotos;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.files.FileDownloads;
import com.jeweltrak.platform.files.FileId;
import com.jeweltrak.platform.files.StoredFiles;
import com.jeweltrak.platform.RecordNotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The item page's Photos tab (04-inventory §Photos & Video): the photos in order with the primary starred, upload
 * (several at once, or from the phone's camera), add a link, move, star, delete; and the images themselves, served
 * only after the item's view check. The tab is an htmx fragment; without htmx each action redirects to the item.
 */
@Controller
@RequestMapping("/inventory/items/{id}/photos")
@PreAuthorize("isAuthenticated()")
class ItemPhotosController {

    private final PhotoAccess access;
    private final ItemPhotos photos;
    private final AddingAPhoto adding;
    private final StoredFiles files;
    private final PhotosTab tab;

    ItemPhotosController(PhotoAccess access, ItemPhotos photos, AddingAPhoto adding, StoredFiles files, PhotosTab tab) {
        this.access = access;
        this.photos = photos;
        this.adding = adding;
        this.files = files;
        this.tab = tab;
    }

    @GetMapping
    String tab(@PathVariable long id, Model model) {
        return tab(access.viewable(id), PhotoLinkForm.blank(), null, model);
    }

    /** The primary photo's thumbnail for the item page's header (empty when the item has no photo). */
    @GetMapping("/header")
    String header(@PathVariable long id, Model model) {
        Item item = access.viewable(id);
        model.addAttribute("item", item);
        model.addAttribute("primary", photos.primary(item.id()).filter(p -> p.shownSmall() != null).orElse(null));
        return "inventory/photos-tab :: header";
    }

    /** Several photos at once; each is checked, and the first refused one stops the lot (nothing half-added). */
    @PostMapping
    String upload(@PathVariable long id, @RequestParam(name = "photos", required = false) List<MultipartFile> uploads,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                  RedirectAttributes redirect) {
        Item item = access.editable(id);
        List<MultipartFile> chosen = uploads == null ? List.of() : uploads.stream().filter(f -> !f.isEmpty()).toList();
        if (chosen.isEmpty()) {
            return refused(item, PhotoLinkForm.blank(), new BusinessRuleViolated(AddingAPhoto.UPLOAD_FIELD,
                    "Choose one or more photos."), htmx, model, redirect);
        }
        try {
            adding.uploadAll(item.id(), chosen.stream().map(u -> new AddingAPhoto.Upload(u.getOriginalFilename(),
                    u.getContentType(), bytes(u))).toList());
        } catch (BusinessRuleViolated violation) {
            return refused(item, PhotoLinkForm.blank(), violation, htmx, model, redirect);
        }
        return done(item, chosen.size() == 1 ? "Photo added." : chosen.size() + " photos added.", htmx, model, redirect);
    }

    @PostMapping("/link")
    String link(@PathVariable long id, @ModelAttribute("photoLinkForm") PhotoLinkForm form,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                RedirectAttributes redirect) {
        Item item = access.editable(id);
        try {
            adding.link(item.id(), form.url());
        } catch (BusinessRuleViolated violation) {
            return refused(item, form, violation, htmx, model, redirect);
        }
        return done(item, "Linked photo added.", htmx, model, redirect);
    }

    @PostMapping("/{photoId}/primary")
    String primary(@PathVariable long id, @PathVariable long photoId,
                   @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                   RedirectAttributes redirect) {
        Item item = access.editable(id);
        photos.makePrimary(item.id(), photoId);
        return done(item, "Primary photo changed.", htmx, model, redirect);
    }

    @PostMapping("/{photoId}/move")
    String move(@PathVariable long id, @PathVariable long photoId, @RequestParam int step,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                RedirectAttributes redirect) {
        Item item = access.editable(id);
        photos.move(item.id(), photoId, step);
        return done(item, null, htmx, model, redirect);
    }

    @PostMapping("/{photoId}/delete")
    String delete(@PathVariable long id, @PathVariable long photoId,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                  RedirectAttributes redirect) {
        Item item = access.editable(id);
        photos.delete(item.id(), photoId);
        return done(item, "Photo removed from StockID " + item.stockId() + ".", htmx, model, redirect);
    }

    /** The 320 px thumbnail (or the photo itself where none could be made), cached by the browser for a year. */
    @GetMapping("/{photoId}/small")
    ResponseEntity<byte[]> small(@PathVariable long id, @PathVariable long photoId) {
        return image(id, photoId, ItemPhoto::shownSmall);
    }

    /** The 1024 px view. */
    @GetMapping("/{photoId}/large")
    ResponseEntity<byte[]> large(@PathVariable long id, @PathVariable long photoId) {
        return image(id, photoId, ItemPhoto::shownLarge);
    }

    /** The file as uploaded (for a linked photo: the large view of what the link gave). */
    @GetMapping("/{photoId}/original")
    ResponseEntity<byte[]> original(@PathVariable long id, @PathVariable long photoId) {
        return image(id, photoId, p -> p.file() != null ? p.file() : p.shownLarge());
    }

    private ResponseEntity<byte[]> image(long id, long photoId, java.util.function.Function<ItemPhoto, FileId> which) {
        Item item = access.viewable(id);
        FileId file = which.apply(photos.get(item.id(), photoId));
        if (file == null) throw new RecordNotFound("Photo image", photoId);
        return FileDownloads.inlineCached(files.open(file));
    }

    private String done(Item item, String message, String htmx, Model model, RedirectAttributes redirect) {
        if (htmx == null) {
            if (message != null) redirect.addFlashAttribute("flash", message);
            return "redirect:/inventory/items/" + item.id().value() + "#photos";
        }
        model.addAttribute("photosDone", message);
        return tab(item, PhotoLinkForm.blank(), null, model);
    }

    /** The tab again with the refusal beside its field and the typed link kept; without htmx, a flash on the item. */
    private String refused(Item item, PhotoLinkForm form, BusinessRuleViolated violation, String htmx, Model model,
                           RedirectAttributes redirect) {
        if (htmx == null) {
            redirect.addFlashAttribute("flashError", violation.getMessage());
            return "redirect:/inventory/items/" + item.id().value() + "#photos";
        }
        return tab(item, form, violation, model);
    }

    private String tab(Item item, PhotoLinkForm form, BusinessRuleViolated violation, Model model) {
        return tab.render(item, form, violation, model);
    }

    private static byte[] bytes(MultipartFile upload) {
        try {
            return upload.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
