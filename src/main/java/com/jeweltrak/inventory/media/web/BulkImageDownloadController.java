package com.jeweltrak.inventory.media.web;

import java.util.Arrays;
import java.util.List;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.media.BulkImageDownloads;
import com.jeweltrak.inventory.media.DownloadProgress;
import com.jeweltrak.inventory.media.PhotoCatalog;
import com.jeweltrak.inventory.media.PhotoFilter;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.files.StoredFiles;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.users.Permission;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Utilities → Bulk Image Download (11-utilities R1–R8): filter the items, tick photos across pages (kept in the
 * session), shortcuts for all of an item's photos and for primaries only, a counter n / 200, then a ZIP built in
 * the background with its progress polled every second. A download changes nothing and is not audited (R8).
 */
@Controller
@RequestMapping("/utilities/bulk-image-download")
@PreAuthorize("isAuthenticated()")
class BulkImageDownloadController {

    static final int PAGE_SIZE = 24;

    private final PhotoCatalog catalog;
    private final BulkImageDownloads downloads;
    private final PhotoAccess access;
    private final StoredFiles files;

    BulkImageDownloadController(PhotoCatalog catalog, BulkImageDownloads downloads, PhotoAccess access, StoredFiles files) {
        this.catalog = catalog;
        this.downloads = downloads;
        this.access = access;
        this.files = files;
    }

    @GetMapping
    String page(@RequestParam(required = false) String family, @RequestParam(required = false) String q,
                @RequestParam(required = false) String category, @RequestParam(required = false) String vendor,
                @RequestParam(required = false) Integer page, HttpSession session, Model model) {
        PhotoFilter filter = filter(family, q, category, vendor);
        Paged<PhotoCatalog.ItemWithPhotos> found = catalog.search(filter, Paged.page(page), PAGE_SIZE);
        model.addAttribute("found", found);
        model.addAttribute("families", viewableFamilies());
        model.addAttribute("family", family);
        model.addAttribute("q", q);
        model.addAttribute("category", category);
        model.addAttribute("vendor", vendor);
        model.addAttribute("query", query(family, q, category, vendor));
        return counter(session, model, "utilities/bulk-image-download");
    }

    /** One checkbox: ticked adds the photo, unticked removes it; answers the counter. */
    @PostMapping("/toggle")
    String toggle(@RequestParam long photoId, @RequestParam(required = false) String selected, HttpSession session,
                  Model model) {
        if (selected != null) PhotoSelection.add(session, catalog.visible(List.of(photoId), filter(null, null, null, null)));
        else PhotoSelection.remove(session, photoId);
        return counter(session, model, "utilities/bulk-image-download :: counter");
    }

    /** R5: every photo of this item. */
    @PostMapping("/select-item")
    String selectItem(@RequestParam long itemId, @RequestParam(required = false) String back, HttpSession session) {
        Item item = access.viewable(itemId);
        PhotoSelection.add(session, catalog.photosOf(item.id()));
        return back(back);
    }

    /** R5: the primary photo of every item the filter finds (over 200 shows the message, nothing is cut). */
    @PostMapping("/select-primaries")
    String selectPrimaries(@RequestParam(required = false) String family, @RequestParam(required = false) String q,
                           @RequestParam(required = false) String category, @RequestParam(required = false) String vendor,
                           HttpSession session) {
        PhotoSelection.add(session, catalog.primaryPhotos(filter(family, q, category, vendor)));
        return back(query(family, q, category, vendor));
    }

    @PostMapping("/clear")
    String clear(@RequestParam(required = false) String back, HttpSession session) {
        PhotoSelection.clear(session);
        return back(back);
    }

    /** R3, R4: refused over 200 with the message; otherwise the ZIP starts and its progress page opens. */
    @PostMapping("/download")
    String download(@RequestParam(required = false) String back, HttpSession session, RedirectAttributes redirect) {
        List<Long> chosen = catalog.visible(PhotoSelection.of(session), filter(null, null, null, null));
        try {
            long id = downloads.start(chosen);
            return "redirect:/utilities/bulk-image-download/downloads/" + id;
        } catch (BusinessRuleViolated refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage());
            return back(back);
        }
    }

    @GetMapping("/downloads/{id}")
    String progressPage(@PathVariable long id, Model model) {
        model.addAttribute("progress", downloads.progress(id));
        return "utilities/bulk-image-download-progress";
    }

    /** Polled every second by the progress page (htmx) until the ZIP is ready. */
    @GetMapping("/downloads/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        model.addAttribute("progress", downloads.progress(id));
        return "utilities/bulk-image-download-progress :: progress";
    }

    @GetMapping("/downloads/{id}/zip")
    ResponseEntity<byte[]> zip(@PathVariable long id) {
        DownloadProgress progress = downloads.progress(id);
        if (!progress.ready()) throw new RecordNotFound("Download ZIP", id);
        byte[] bytes = files.open(progress.zip()).bytes();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("photos-" + id + ".zip").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }

    private String counter(HttpSession session, Model model, String view) {
        model.addAttribute("selection", PhotoSelection.of(session));
        model.addAttribute("max", BulkImageDownloads.MAX_PHOTOS);
        return view;
    }

    /** The person's own view of the photos: the families they may see, their stores unless they may see all. */
    private static PhotoFilter filter(String family, String q, String category, String vendor) {
        CurrentUser me = CurrentUser.require();
        List<Family> families = viewableFamilies().stream()
                .filter(f -> family == null || family.isBlank() || f.slug().equals(family)).toList();
        List<Long> stores = me.can(Permission.CAN_VIEW_ALL_STORES) ? null
                : me.stores().stream().map(s -> s.id().value()).toList();
        return new PhotoFilter(families, q, category, vendor, stores);
    }

    private static List<Family> viewableFamilies() {
        CurrentUser me = CurrentUser.require();
        return Arrays.stream(Family.values()).filter(f -> me.can(f.viewPermission())).toList();
    }

    static String query(String family, String q, String category, String vendor) {
        return UriComponentsBuilder.fromPath("/utilities/bulk-image-download")
                .queryParamIfPresent("family", opt(family)).queryParamIfPresent("q", opt(q))
                .queryParamIfPresent("category", opt(category)).queryParamIfPresent("vendor", opt(vendor))
                .encode().build().toUriString();
    }

    private static java.util.Optional<String> opt(String s) {
        return s == null || s.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(s);
    }

    /** Back to the page the action came from — only ever a path of this utility. */
    private static String back(String back) {
        boolean ours = back != null && back.startsWith("/utilities/bulk-image-download") && !back.contains("//")
                && !back.contains("\\");
        return "redirect:" + (ours ? back : "/utilities/bulk-image-download");
    }
}
