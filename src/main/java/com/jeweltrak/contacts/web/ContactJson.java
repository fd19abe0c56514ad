package com.jeweltrak.contacts.web;

import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.PartialDate;
import io.swagger.v3.oas.annotations.media.Schema;

/** A contact as the API shows it (design §5b): roles as keys, money as a decimal string. */
record ContactJson(
        long id,
        String displayName,
        String firstName,
        String lastName,
        String company,
        String jobTitle,
        @Schema(description = "customer, vendor, partner — any mix, possibly none") List<String> roles,
        String email,
        String altEmail,
        Phones phones,
        String website,
        @Schema(description = "EMAIL, PHONE, TEXT or MAIL; null = no preference") String preferredChannel,
        Address billingAddress,
        @Schema(description = "null: ships to the billing address") Address shippingAddress,
        @Schema(description = "TAXABLE, RESALE (exempt with a valid resale certificate) or EXEMPT") String taxStatus,
        String taxExemptReason,
        Occasion birthday,
        Occasion anniversary,
        String spouseName,
        boolean marketingOptIn,
        boolean noGreetings,
        Long salespersonId,
        Long homeStoreId,
        @Schema(type = "string", example = "5000.00") String creditLimit,
        String notes,
        @Schema(description = "set when this contact was merged into another; its history lives there") Long mergedIntoId,
        Instant createdAt) {

    record Phones(String mobile, String work, String home) {
    }

    record Address(String line1, String line2, String city, String region, String postalCode, String country) {
        static Address of(Contact.Address a) {
            return a == null ? null : new Address(a.line1(), a.line2(), a.city(), a.region(), a.postalCode(), a.country());
        }

        Contact.Address toAddress() {
            return new Contact.Address(line1, line2, city, region, postalCode, country);
        }
    }

    /** Month and day; the year when known. */
    record Occasion(@Schema(example = "2") int month, @Schema(example = "14") int day, @Schema(example = "1988") Integer year) {
        static Occasion of(PartialDate date) {
            return date == null ? null : new Occasion(date.month(), date.day(), date.year());
        }
    }

    static ContactJson of(Contact c) {
        Contact.Reach r = c.reach();
        return new ContactJson(c.id().value(), c.displayName(), c.name().firstName(), c.name().lastName(),
                c.name().company(), c.name().jobTitle(), c.roles().stream().sorted().map(ContactRole::key).toList(),
                r.email(), r.altEmail(), new Phones(r.mobilePhone(), r.workPhone(), r.homePhone()), r.website(),
                r.preferredChannel() == null ? null : r.preferredChannel().name(), Address.of(c.billing()),
                Address.of(c.shipping()), c.taxStatus().name(), c.taxExemptReason(),
                Occasion.of(c.occasions().birthday()), Occasion.of(c.occasions().anniversary()), c.occasions().spouseName(),
                c.marketingOptIn(), c.noGreetings(),
                c.account().salesperson() == null ? null : c.account().salesperson().value(),
                c.account().homeStore() == null ? null : c.account().homeStore().value(),
                c.account().creditLimit() == null ? null
                        : c.account().creditLimit().setScale(2, RoundingMode.HALF_UP).toPlainString(),
                c.notes(), c.mergedInto() == null ? null : c.mergedInto().value(), c.createdAt());
    }
}
