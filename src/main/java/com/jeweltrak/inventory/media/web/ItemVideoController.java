package com.jeweltrak.inventory.media.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.media.ItemVideo;
import com.jeweltrak.inventory.media.ItemVideos;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.files.FileDownloads;
import com.jeweltrak.platform.files.StoredFiles;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Photos tab's 360° video (R1, R4): link one, upload one where the tenant allows it, remove it, play it. */
@Controller
@RequestMapping("/inventory/items/{id}/video")
@PreAuthorize("isAuthenticated()")
class ItemVideoController {

    private final PhotoAccess access;
    private final ItemVideos videos;
    private final StoredFiles files;
    private final PhotosTab tab;

    ItemVideoController(PhotoAccess access, ItemVideos videos, StoredFiles files, PhotosTab tab) {
        this.access = access;
        this.videos = videos;
        this.files = files;
        this.tab = tab;
    }

    @PostMapping("/link")
    String link(@PathVariable long id, @RequestParam(name = "videoUrl", required = false) String url,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
        Item item = access.editable(id);
        return act(item, () -> videos.link(item.id(), url == null ? "" : url), "Video linked.", url, htmx, model, redirect);
    }

    @PostMapping
    String upload(@PathVariable long id, @RequestParam(name = "video", required = false) MultipartFile file,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
        Item item = access.editable(id);
        return act(item, () -> videos.upload(item.id(), file == null ? null : file.getOriginalFilename(), bytes(file)),
                "Video uploaded.", null, htmx, model, redirect);
    }

    @PostMapping("/delete")
    String delete(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                  RedirectAttributes redirect) {
        Item item = access.editable(id);
        return act(item, () -> videos.remove(item.id()), "Video removed.", null, htmx, model, redirect);
    }

    @GetMapping("/file")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        Item item = access.viewable(id);
        ItemVideo video = videos.of(item.id()).filter(v -> v.file() != null)
                .orElseThrow(() -> new RecordNotFound("Video", id));
        return FileDownloads.inline(files.open(video.file()));
    }

    private String act(Item item, Runnable action, String done, String typed, String htmx, Model model,
                       RedirectAttributes redirect) {
        BusinessRuleViolated refused = null;
        try {
            action.run();
        } catch (BusinessRuleViolated violation) {
            refused = violation;
        }
        if (htmx == null) {
            if (refused != null) redirect.addFlashAttribute("flashError", refused.getMessage());
            else redirect.addFlashAttribute("flash", done);
            return "redirect:/inventory/items/" + item.id().value() + "#photos";
        }
        if (refused == null) model.addAttribute("photosDone", done);
        else model.addAttribute("videoUrl", typed == null ? "" : typed);
        return tab.render(item, PhotoLinkForm.blank(), refused, model);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? new byte[0] : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
