package com.jeweltrak.inventory.styles.web;

import java.io.IOException;

import com.jeweltrak.inventory.styles.Style;
import com.jeweltrak.inventory.styles.StyleId;
import com.jeweltrak.inventory.styles.StylePhotos;
import com.jeweltrak.inventory.styles.Styles;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.files.FileDownloads;
import com.jeweltrak.platform.files.FileId;
import com.jeweltrak.platform.files.StoredFiles;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A style's photos on its page (R2): upload, remove, make primary, and the image itself. */
@Controller
@RequestMapping("/inventory/styles/{id}/photos")
@PreAuthorize("hasAuthority('Inventory.View')")
class StylePhotosController {

    private final Styles styles;
    private final StylePhotos photos;
    private final StoredFiles files;

    StylePhotosController(Styles styles, StylePhotos photos, StoredFiles files) {
        this.styles = styles;
        this.photos = photos;
        this.files = files;
    }

    /** Only a photo of this style, which the caller may see, is served; without {@code file}, the primary one. */
    @GetMapping
    ResponseEntity<byte[]> image(@PathVariable long id, @RequestParam(required = false) Long file) {
        Style style = styles.get(new StyleId(id));
        StyleAccess.require(style.family(), "View");
        // no file named: the primary photo, for a thumbnail of the style
        StylePhotos.Photo photo = file == null
                ? photos.of(style.id()).stream().findFirst().orElseThrow(() -> new RecordNotFound("Style photo", id))
                : photos.photo(style.id(), new FileId(file));
        return FileDownloads.inline(files.open(photo.file()));
    }

    @PostMapping
    String upload(@PathVariable long id, @RequestParam(name = "photo", required = false) MultipartFile upload,
                  RedirectAttributes redirect) throws IOException {
        // the style is looked up before the upload is read: another tenant's style is a 404 whatever was sent
        Style style = editable(id);
        if (upload == null || upload.isEmpty()) {
            redirect.addFlashAttribute("flashError", "Choose a photo to upload.");
            return "redirect:/inventory/styles/" + id + "#photos";
        }
        try {
            photos.add(style.id(), upload.getOriginalFilename(), upload.getContentType(), upload.getBytes());
            redirect.addFlashAttribute("flash", "Photo added.");
        } catch (BusinessRuleViolated violation) {
            redirect.addFlashAttribute("flashError", violation.getMessage());
        }
        return "redirect:/inventory/styles/" + id + "#photos";
    }

    @PostMapping("/remove")
    String remove(@PathVariable long id, @RequestParam(required = false) Long file, RedirectAttributes redirect) {
        Style style = editable(id);
        photos.remove(style.id(), new FileId(file == null ? 0 : file));
        redirect.addFlashAttribute("flash", "Photo removed.");
        return "redirect:/inventory/styles/" + id + "#photos";
    }

    @PostMapping("/primary")
    String primary(@PathVariable long id, @RequestParam(required = false) Long file) {
        Style style = editable(id);
        photos.makePrimary(style.id(), new FileId(file == null ? 0 : file));
        return "redirect:/inventory/styles/" + id + "#photos";
    }

    private Style editable(long id) {
        Style style = styles.get(new StyleId(id));
        StyleAccess.require(style.family(), "Edit");
        return style;
    }
}
