package com.jeweltrak.contacts;

import java.time.LocalDate;

/**
 * The resale certificate an exempt sale rests on, as an invoice records it (§Resale Certificates R7).
 * {@code expiresOn} is null for a state whose permits do not expire.
 */
public record QualifyingCertificate(long id, String state, String permitNumber, LocalDate expiresOn) {
}
