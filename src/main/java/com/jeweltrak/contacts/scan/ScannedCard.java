package com.jeweltrak.contacts.scan;

import java.util.stream.Stream;

/**
 * What was read off a business card, to pre-fill a contact form (07-contacts §Scan a business card R2).
 * Every field is null when the card did not show it or it could not be read (R3: unreadable fields stay
 * blank); {@code rawText} is the engine's text as read, for a "what was read" hint. Phones are formatted
 * like the rest of the app ({@code (217) 555-0140}); {@code country} is set only when the card prints one.
 * Nothing here is saved (R3, R7).
 */
public record ScannedCard(
        String firstName,
        String lastName,
        String company,
        String jobTitle,
        String email,
        String altEmail,
        String mobilePhone,
        String workPhone,
        String website,
        String addressLine1,
        String addressLine2,
        String city,
        String region,
        String postalCode,
        String country,
        String rawText) {

    public static ScannedCard nothingRead(String rawText) {
        return new ScannedCard(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, rawText);
    }

    /** True when no field was recognised: the page says "nothing could be read" instead of an empty form. */
    public boolean isEmpty() {
        return Stream.of(firstName, lastName, company, jobTitle, email, altEmail, mobilePhone, workPhone, website,
                addressLine1, addressLine2, city, region, postalCode, country).allMatch(v -> v == null || v.isBlank());
    }
}
