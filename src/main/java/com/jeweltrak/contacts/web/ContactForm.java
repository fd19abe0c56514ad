package com.jeweltrak.contacts.web;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactChannel;
import com.jeweltrak.contacts.ContactDetailRules;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.PartialDate;
import com.jeweltrak.contacts.TaxStatus;
import com.jeweltrak.contacts.scan.ScannedCard;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.UserId;
import com.jeweltrak.platform.web.FormErrors;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;

/** The contact page as typed. Every field keeps what was entered, also when it is refused. */
record ContactForm(
        @Size(max = 80, message = MAX_80) String firstName,
        @Size(max = 80, message = MAX_80) String lastName,
        @Size(max = 120, message = "Keep the company to 120 characters.") String company,
        @Size(max = 80, message = MAX_80) String jobTitle,
        Boolean customer, Boolean vendor, Boolean partner,
        @Size(max = 254) String email, @Size(max = 254) String altEmail,
        @Size(max = 40) String mobilePhone, @Size(max = 40) String homePhone, @Size(max = 40) String workPhone,
        @Size(max = 200) String website, String preferredChannel,
        @Size(max = 120) String billingLine1, @Size(max = 120) String billingLine2, @Size(max = 80) String billingCity,
        @Size(max = 80) String billingRegion, @Size(max = 20) String billingPostalCode, @Size(max = 60) String billingCountry,
        Boolean shippingSame,
        @Size(max = 120) String shippingLine1, @Size(max = 120) String shippingLine2, @Size(max = 80) String shippingCity,
        @Size(max = 80) String shippingRegion, @Size(max = 20) String shippingPostalCode, @Size(max = 60) String shippingCountry,
        String taxStatus, @Size(max = 200) String taxExemptReason,
        Integer birthdayMonth, Integer birthdayDay, Integer birthdayYear,
        Integer anniversaryMonth, Integer anniversaryDay, Integer anniversaryYear,
        @Size(max = 120) String spouseName,
        Boolean marketingOptIn, Boolean noGreetings,
        Long salespersonId, Long homeStoreId,
        @Digits(integer = 15, fraction = 2, message = "Enter the credit limit in dollars and cents.") BigDecimal creditLimit,
        @Size(max = 4000, message = "Keep notes to 4,000 characters.") String notes,
        /** the user saw the possible duplicates and saves anyway */
        Boolean notADuplicate) {

    static final String MAX_80 = "Keep this to 80 characters.";

    /** A switch that did not arrive (a client without the checkbox markers) is off, not a binding error. */
    ContactForm {
        customer = Boolean.TRUE.equals(customer);
        vendor = Boolean.TRUE.equals(vendor);
        partner = Boolean.TRUE.equals(partner);
        shippingSame = Boolean.TRUE.equals(shippingSame);
        marketingOptIn = Boolean.TRUE.equals(marketingOptIn);
        noGreetings = Boolean.TRUE.equals(noGreetings);
        notADuplicate = Boolean.TRUE.equals(notADuplicate);
    }

    static ContactForm blank(Set<ContactRole> roles, Long salesperson, Long homeStore) {
        return new ContactForm(null, null, null, null, roles.contains(ContactRole.CUSTOMER),
                roles.contains(ContactRole.VENDOR), roles.contains(ContactRole.PARTNER), null, null, null, null, null, null,
                null, null, null, null, null, null, "US", true, null, null, null, null, null, null,
                TaxStatus.TAXABLE.name(), null, null, null, null, null, null, null, null, false, false, salesperson,
                homeStore, null, null, false);
    }

    static ContactForm of(Contact c) {
        Contact.Reach r = c.reach();
        Contact.Address b = c.billing();
        Contact.Address s = c.shipping() == null ? Contact.Address.EMPTY : c.shipping();
        PartialDate bd = c.occasions().birthday();
        PartialDate an = c.occasions().anniversary();
        return new ContactForm(c.name().firstName(), c.name().lastName(), c.name().company(), c.name().jobTitle(),
                c.hasRole(ContactRole.CUSTOMER), c.hasRole(ContactRole.VENDOR), c.hasRole(ContactRole.PARTNER),
                r.email(), r.altEmail(), r.mobilePhone(), r.homePhone(), r.workPhone(), r.website(),
                r.preferredChannel() == null ? null : r.preferredChannel().name(),
                b.line1(), b.line2(), b.city(), b.region(), b.postalCode(), b.country(), c.shipping() == null,
                s.line1(), s.line2(), s.city(), s.region(), s.postalCode(), s.country(),
                c.taxStatus().name(), c.taxExemptReason(),
                bd == null ? null : bd.month(), bd == null ? null : bd.day(), bd == null ? null : bd.year(),
                an == null ? null : an.month(), an == null ? null : an.day(), an == null ? null : an.year(),
                c.occasions().spouseName(), c.marketingOptIn(), c.noGreetings(),
                c.account().salesperson() == null ? null : c.account().salesperson().value(),
                c.account().homeStore() == null ? null : c.account().homeStore().value(),
                c.account().creditLimit() == null ? null : c.account().creditLimit().setScale(2, java.math.RoundingMode.HALF_UP),
                c.notes(), false);
    }

    /**
     * This form with what a business card showed, in the fields still empty (Scan a business card R4): an
     * e-mail goes to the second e-mail field when the first is taken; the address only when none is typed.
     */
    ContactForm filledFrom(ScannedCard card) {
        boolean noAddress = blank(billingLine1) && blank(billingCity) && blank(billingPostalCode);
        String newEmail = or(email, card.email());
        String newAltEmail = or(altEmail, blank(email) || sameText(email, card.email()) ? card.altEmail()
                : or(card.email(), card.altEmail()));
        return new ContactForm(or(firstName, card.firstName()), or(lastName, card.lastName()), or(company, card.company()),
                or(jobTitle, card.jobTitle()), customer, vendor, partner, newEmail,
                sameText(newEmail, newAltEmail) ? altEmail : newAltEmail,
                or(mobilePhone, card.mobilePhone()), homePhone, or(workPhone, card.workPhone()), or(website, card.website()),
                preferredChannel,
                noAddress ? card.addressLine1() : billingLine1, noAddress ? card.addressLine2() : billingLine2,
                noAddress ? card.city() : billingCity, noAddress ? card.region() : billingRegion,
                noAddress ? card.postalCode() : billingPostalCode,
                noAddress && card.country() != null ? card.country() : billingCountry,
                shippingSame, shippingLine1, shippingLine2, shippingCity, shippingRegion, shippingPostalCode, shippingCountry,
                taxStatus, taxExemptReason, birthdayMonth, birthdayDay, birthdayYear, anniversaryMonth, anniversaryDay,
                anniversaryYear, spouseName, marketingOptIn, noGreetings, salespersonId, homeStoreId, creditLimit, notes,
                notADuplicate);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String or(String typed, String read) {
        return blank(typed) ? read : typed;
    }

    private static boolean sameText(String a, String b) {
        return a != null && a.equalsIgnoreCase(b);
    }

    Set<ContactRole> roles() {
        EnumSet<ContactRole> roles = EnumSet.noneOf(ContactRole.class);
        if (customer) roles.add(ContactRole.CUSTOMER);
        if (vendor) roles.add(ContactRole.VENDOR);
        if (partner) roles.add(ContactRole.PARTNER);
        return roles;
    }

    /**
     * The contact these values describe, or empty with every problem marked beside its field — all of them
     * at once, so the user fixes the form in one pass.
     */
    Optional<Contact> toContact(BindingResult errors) {
        check(errors, "email", ContactDetailRules.isEmail(email), ContactDetailRules.BAD_EMAIL);
        check(errors, "altEmail", ContactDetailRules.isEmail(altEmail), ContactDetailRules.BAD_EMAIL);
        check(errors, "mobilePhone", ContactDetailRules.isPhone(mobilePhone), ContactDetailRules.BAD_PHONE);
        check(errors, "homePhone", ContactDetailRules.isPhone(homePhone), ContactDetailRules.BAD_PHONE);
        check(errors, "workPhone", ContactDetailRules.isPhone(workPhone), ContactDetailRules.BAD_PHONE);
        ContactChannel channel = choice(errors, "preferredChannel", ContactChannel.class, preferredChannel, null);
        TaxStatus tax = choice(errors, "taxStatus", TaxStatus.class, taxStatus, TaxStatus.TAXABLE);
        Contact.Name name = attempt(errors, () -> new Contact.Name(firstName, lastName, company, jobTitle));
        PartialDate birthday = attempt(errors, () -> PartialDate.of("birthdayDay", birthdayMonth, birthdayDay, birthdayYear));
        PartialDate anniversary = attempt(errors,
                () -> PartialDate.of("anniversaryDay", anniversaryMonth, anniversaryDay, anniversaryYear));
        Contact.Account account = attempt(errors, () -> new Contact.Account(
                salespersonId == null ? null : new UserId(salespersonId), homeStoreId == null ? null : new StoreId(homeStoreId),
                creditLimit));
        if (errors.hasErrors()) return Optional.empty();
        return Optional.ofNullable(attempt(errors, () -> Contact.draft(name, roles(),
                new Contact.Reach(email, altEmail, mobilePhone, homePhone, workPhone, website, channel),
                new Contact.Address(billingLine1, billingLine2, billingCity, billingRegion, billingPostalCode, billingCountry),
                shippingSame ? null : new Contact.Address(shippingLine1, shippingLine2, shippingCity, shippingRegion,
                        shippingPostalCode, shippingCountry),
                tax, taxExemptReason, new Contact.Occasions(birthday, anniversary, spouseName), marketingOptIn, noGreetings,
                account, notes)));
    }

    private static void check(BindingResult errors, String field, boolean ok, String message) {
        if (!ok && !errors.hasFieldErrors(field)) errors.rejectValue(field, "invalid", message);
    }

    private static <E extends Enum<E>> E choice(BindingResult errors, String field, Class<E> type, String value, E none) {
        if (value == null || value.isBlank()) return none;
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            errors.rejectValue(field, "invalid", "Choose one of the options.");
            return none;
        }
    }

    private static <T> T attempt(BindingResult errors, Supplier<T> build) {
        try {
            return build.get();
        } catch (BusinessRuleViolated violation) {
            FormErrors.reject(errors, violation);
            return null;
        }
    }
}
