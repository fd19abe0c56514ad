package com.jeweltrak.contacts.web;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactChannel;
import com.jeweltrak.contacts.ContactDetailRules;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.PartialDate;
import com.jeweltrak.contacts.TaxStatus;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.UserId;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

/** A contact's details for POST and PUT (a PUT replaces every field; omitted means empty). */
record ContactRequest(
        @Size(max = 80) String firstName,
        @Size(max = 80) String lastName,
        @Size(max = 120) String company,
        @Size(max = 80) String jobTitle,
        @Schema(description = "customer, vendor, partner") List<String> roles,
        @Size(max = 254) String email,
        @Size(max = 254) String altEmail,
        ContactJson.Phones phones,
        @Size(max = 200) String website,
        @Schema(description = "EMAIL, PHONE, TEXT or MAIL") String preferredChannel,
        ContactJson.Address billingAddress,
        @Schema(description = "omit or null to ship to the billing address") ContactJson.Address shippingAddress,
        @Schema(description = "TAXABLE (default), RESALE or EXEMPT") String taxStatus,
        @Size(max = 200) String taxExemptReason,
        ContactJson.Occasion birthday,
        ContactJson.Occasion anniversary,
        @Size(max = 120) String spouseName,
        Boolean marketingOptIn,
        Boolean noGreetings,
        Long salespersonId,
        Long homeStoreId,
        @Digits(integer = 15, fraction = 2, message = "Dollars and cents.") @Schema(type = "string", example = "5000.00")
        BigDecimal creditLimit,
        @Size(max = 4000) String notes) {

    /** The contact described, or every field's problem at once (422 with errors per field). */
    Contact toContact() {
        ContactJson.Phones p = phones == null ? new ContactJson.Phones(null, null, null) : phones;
        Map<String, String> problems = new LinkedHashMap<>();
        if (!ContactDetailRules.isEmail(email)) problems.put("email", ContactDetailRules.BAD_EMAIL);
        if (!ContactDetailRules.isEmail(altEmail)) problems.put("altEmail", ContactDetailRules.BAD_EMAIL);
        if (!ContactDetailRules.isPhone(p.mobile())) problems.put("phones.mobile", ContactDetailRules.BAD_PHONE);
        if (!ContactDetailRules.isPhone(p.work())) problems.put("phones.work", ContactDetailRules.BAD_PHONE);
        if (!ContactDetailRules.isPhone(p.home())) problems.put("phones.home", ContactDetailRules.BAD_PHONE);
        if (!problems.isEmpty()) throw new InvalidContactDetails(problems);
        return Contact.draft(new Contact.Name(firstName, lastName, company, jobTitle), roleSet(),
                new Contact.Reach(email, altEmail, p.mobile(), p.home(), p.work(), website,
                        parse("preferredChannel", ContactChannel.class, preferredChannel, null)),
                billingAddress == null ? null : billingAddress.toAddress(),
                shippingAddress == null ? null : shippingAddress.toAddress(),
                parse("taxStatus", TaxStatus.class, taxStatus, TaxStatus.TAXABLE), taxExemptReason,
                new Contact.Occasions(occasion("birthday", birthday), occasion("anniversary", anniversary), spouseName),
                Boolean.TRUE.equals(marketingOptIn), Boolean.TRUE.equals(noGreetings),
                new Contact.Account(salespersonId == null ? null : new UserId(salespersonId),
                        homeStoreId == null ? null : new StoreId(homeStoreId), creditLimit),
                notes);
    }

    private Set<ContactRole> roleSet() {
        EnumSet<ContactRole> set = EnumSet.noneOf(ContactRole.class);
        if (roles != null) {
            for (String key : roles) {
                set.add(ContactRole.fromKey(key).orElseThrow(() ->
                        new BusinessRuleViolated("roles", "Roles are customer, vendor and partner; not " + key + ".")));
            }
        }
        return set;
    }

    private static PartialDate occasion(String field, ContactJson.Occasion o) {
        return o == null ? null : PartialDate.of(field, o.month(), o.day(), o.year());
    }

    private static <E extends Enum<E>> E parse(String field, Class<E> type, String value, E none) {
        if (value == null || value.isBlank()) return none;
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolated(field, "Not one of the allowed values.");
        }
    }
}
