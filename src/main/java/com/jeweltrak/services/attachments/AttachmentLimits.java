package com.jeweltrak.services.attachments;

/** For the upload form: the picker's hint and the size the page warns about before uploading (03-services §7 R3, R4). */
public final class AttachmentLimits {

    public static final long MAX_BYTES = AttachmentTypes.MAX_BYTES;
    public static final String ACCEPT = AttachmentTypes.ACCEPT;

    private AttachmentLimits() {
    }
}
