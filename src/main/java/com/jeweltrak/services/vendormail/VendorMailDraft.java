package com.jeweltrak.services.vendormail;

import java.util.List;

/**
 * The e-mail as proposed to the person before sending (03-services §6 R3): to the vendor's address on file, subject
 * and body filled from the job and the stage, the job's files that may go along.
 */
public record VendorMailDraft(long stageId, String stageName, String vendorName, String toAddress, VendorMailKind kind,
                              String subject, String body, List<Attachable> attachable) {

    /** One of the job's attachments that can be sent with the mail. */
    public record Attachable(long id, String fileName, String kind) {
    }
}
