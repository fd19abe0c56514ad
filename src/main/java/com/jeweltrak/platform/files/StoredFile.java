package com.jeweltrak.platform.files;

import java.time.Instant;

import com.jeweltrak.platform.tenancy.UserId;

/** What is known about a stored file without reading its bytes. The content type is the one its bytes show. */
public record StoredFile(FileId id, String fileName, String contentType, long size, String sha256, Instant createdAt,
                         UserId createdBy) {

    public boolean isImage() {
        return contentType.startsWith("image/");
    }
}
