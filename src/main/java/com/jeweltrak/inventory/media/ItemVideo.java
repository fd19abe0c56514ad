package com.jeweltrak.inventory.media;

import java.time.Instant;

import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.platform.files.FileId;

/** An item's one 360° video (R1): a link, or an uploaded file where the tenant allows uploads (R4). */
public record ItemVideo(ItemId item, ItemPhoto.Source source, FileId file, String url, Instant addedAt) {

    public boolean linked() {
        return source == ItemPhoto.Source.URL;
    }
}
