package com.jeweltrak.inventory.media.web;

import com.jeweltrak.inventory.media.MediaSettings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings → Media: the tenant's own switch for video uploads (04-inventory §Photos & Video R4, decision 9). There
 * is no Settings → Features page yet; this one row stands in for it and can move there when one exists.
 */
@Controller
@RequestMapping("/settings/media")
@PreAuthorize("hasAuthority('CanManageUsers')")
class MediaSettingsController {

    private final MediaSettings settings;

    MediaSettingsController(MediaSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("videoUploads", settings.videoUploads());
        return "inventory/media-settings";
    }

    @PostMapping
    String save(@RequestParam(name = "videoUploads", defaultValue = "false") boolean videoUploads, RedirectAttributes redirect) {
        settings.setVideoUploads(videoUploads);
        redirect.addFlashAttribute("flash", videoUploads ? "Video uploads are on." : "Video uploads are off; linked videos stay.");
        return "redirect:/settings/media";
    }
}
