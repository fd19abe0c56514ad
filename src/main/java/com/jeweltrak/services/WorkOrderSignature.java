package com.jeweltrak.services;

import java.time.Instant;

import com.jeweltrak.platform.files.FileId;
import com.jeweltrak.platform.tenancy.UserId;

/**
 * A customer's signature on a job (03-services §5 R4): the PNG drawn, who signed, the wording they acknowledged by
 * signing (as it read then), when, and who captured it.
 */
public record WorkOrderSignature(long id, WorkOrderId workOrder, SignatureKind kind, FileId image, String signerName,
                                 String wording, Instant signedAt, UserId capturedBy) {
}
