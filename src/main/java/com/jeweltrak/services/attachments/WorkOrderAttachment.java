package com.jeweltrak.services.attachments;

import java.time.Instant;

import com.jeweltrak.platform.files.FileId;
import com.jeweltrak.platform.tenancy.UserId;
import com.jeweltrak.services.WorkOrderId;

/** A file in a job's gallery (03-services §7 Data). {@code thumbnail} is null for what is not a decodable image. */
public record WorkOrderAttachment(long id, WorkOrderId workOrder, AttachmentKind kind, String caption, FileId file,
                                  FileId thumbnail, String fileName, String extension, String contentType, long size,
                                  Instant createdAt, UserId createdBy) {

    public boolean image() {
        return contentType.startsWith("image/");
    }

    public boolean pdf() {
        return "application/pdf".equals(contentType);
    }

    /** R6: what a tile without a picture is labelled with: "PDF", "STL", … */
    public String label() {
        return extension.toUpperCase(java.util.Locale.ROOT);
    }
}
