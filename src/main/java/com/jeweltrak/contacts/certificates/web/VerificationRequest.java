package com.jeweltrak.contacts.certificates.web;

import com.jeweltrak.contacts.certificates.VerificationResult;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** What the state's portal said. Who and when are stamped from the caller and the clock (R2). */
record VerificationRequest(
        @NotNull(message = "Say what the portal said: VALID, INVALID or NOT_FOUND.") VerificationResult result,
        @Schema(description = "Where it was checked; defaults to the state's portal") String source) {
}
