package com.jeweltrak.inventory.styles;

import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.platform.files.FileId;

/**
 * How a style's photos reach an item made from it (R4): each of {@link StylePhotos#fileIdsOf} (primary first) is
 * attached to the new item, sharing the stored file. Item photos are another feature's; when it is present its
 * bean implements this (for example with {@code inventory.media.AddingAPhoto#attach(ItemId, FileId)}), and until
 * then an item made from a style starts without photos.
 */
public interface ItemPhotoAttachment {
    void attach(ItemId item, FileId file);
}
