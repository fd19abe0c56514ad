package com.jeweltrak.inventory.media;

import com.jeweltrak.platform.BusinessRuleViolated;

/** 11-utilities §Bulk Image Download R3, R4: at most 200 photos per ZIP; the selection is never cut silently. */
public class TooManyPhotos extends BusinessRuleViolated {

    public TooManyPhotos(int selected) {
        super("photos", selected + " photos are selected; a download can hold at most " + BulkImageDownloads.MAX_PHOTOS
                + ". Unselect some and download them in batches.");
    }
}
