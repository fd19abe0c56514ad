package com.jeweltrak.inventory.media;

import java.time.Instant;

import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.platform.files.FileId;

/**
 * One photo of an item (04-inventory §Photos & Video): an upload ({@code file} set) or a link ({@code url} set),
 * with its thumbnails where the image could be decoded (a WebP photo is kept without: the JDK cannot read WebP).
 */
public record ItemPhoto(long id, ItemId item, int position, boolean primary, Source source, FileId file,
                        FileId small, FileId large, String url, Instant addedAt) {

    public enum Source { UPLOAD, URL }

    public boolean linked() {
        return source == Source.URL;
    }

    /** The stored image the thumbnail grid shows: the small thumbnail, else the upload itself, else nothing. */
    public FileId shownSmall() {
        return small != null ? small : file;
    }

    /** The stored image a viewer opens: the large thumbnail, else the upload itself. */
    public FileId shownLarge() {
        return large != null ? large : file;
    }
}
