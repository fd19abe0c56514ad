package com.jeweltrak.inventory.media.web;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.media.AddingAPhoto;
import com.jeweltrak.inventory.media.ItemPhotos;
import com.jeweltrak.inventory.media.ItemVideos;
import com.jeweltrak.inventory.media.MediaSettings;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.web.FormErrors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/** The Photos tab's model: photos, the 360° video, the forms and a refusal beside the field it concerns. */
@Component
class PhotosTab {

    private final ItemPhotos photos;
    private final ItemVideos videos;
    private final MediaSettings settings;

    PhotosTab(ItemPhotos photos, ItemVideos videos, MediaSettings settings) {
        this.photos = photos;
        this.videos = videos;
        this.settings = settings;
    }

    String render(Item item, PhotoLinkForm form, BusinessRuleViolated violation, Model model) {
        BindingResult result = new BeanPropertyBindingResult(form, "photoLinkForm");
        if (violation != null) {
            if (AddingAPhoto.UPLOAD_FIELD.equals(violation.field())) model.addAttribute("uploadError", violation.getMessage());
            else if (ItemVideos.FIELD.equals(violation.field())) model.addAttribute("videoError", violation.getMessage());
            else FormErrors.reject(result, violation);
        }
        model.addAttribute("item", item);
        model.addAttribute("photos", photos.of(item.id()));
        model.addAttribute("video", videos.of(item.id()).orElse(null));
        model.addAttribute("videoUploads", settings.videoUploads());
        model.addAttribute("canEditPhotos", PhotoAccess.mayEdit(item));
        if (!model.containsAttribute("videoUrl")) model.addAttribute("videoUrl", "");
        model.addAttribute("photoLinkForm", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "photoLinkForm", result);
        return "inventory/photos-tab :: tab";
    }
}
