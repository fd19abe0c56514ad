package com.jeweltrak.contacts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.UserId;

/**
 * One real-world party — person or business — with every role it plays (07-contacts §Unified Contacts).
 * One record holds the phone, address and notes for all roles, so a change is made once (R9).
 */
public record Contact(
        ContactId id,
        Name name,
        Set<ContactRole> roles,
        Reach reach,
        Address billing,
        /** null: ships to the billing address */
        Address shipping,
        TaxStatus taxStatus,
        String taxExemptReason,
        Occasions occasions,
        boolean marketingOptIn,
        boolean noGreetings,
        Account account,
        String notes,
        ContactId mergedInto,
        Instant createdAt) {

    public record Name(String firstName, String lastName, String company, String jobTitle) {
        public Name {
            firstName = trimmed(firstName);
            lastName = trimmed(lastName);
            company = trimmed(company);
            jobTitle = trimmed(jobTitle);
            if (firstName == null && lastName == null && company == null) {
                throw new BusinessRuleViolated("lastName", "Enter a name or a company.");
            }
        }

        /** "Ana Reyes", or the company when there is no person's name. */
        public String display() {
            String person = personal();
            return person.isEmpty() ? company : person;
        }

        /** "Ana Reyes (Reyes Castings)" when both are known — what pickers and lists show. */
        public String full() {
            String person = personal();
            if (person.isEmpty()) return company;
            return company == null ? person : person + " (" + company + ")";
        }

        private String personal() {
            return Stream.of(firstName, lastName).filter(Objects::nonNull).collect(Collectors.joining(" "));
        }
    }

    /** How to reach the contact. */
    public record Reach(String email, String altEmail, String mobilePhone, String homePhone, String workPhone,
                        String website, ContactChannel preferredChannel) {
        public Reach {
            email = ContactDetailRules.email("email", email);
            altEmail = ContactDetailRules.email("altEmail", altEmail);
            mobilePhone = ContactDetailRules.phone("mobilePhone", mobilePhone);
            homePhone = ContactDetailRules.phone("homePhone", homePhone);
            workPhone = ContactDetailRules.phone("workPhone", workPhone);
            website = trimmed(website);
        }

        public static final Reach NONE = new Reach(null, null, null, null, null, null, null);

        /** The number to call first: mobile, then work, then home. */
        public String bestPhone() {
            return Stream.of(mobilePhone, workPhone, homePhone).filter(Objects::nonNull).findFirst().orElse(null);
        }
    }

    public record Address(String line1, String line2, String city, String region, String postalCode, String country) {
        public static final Address EMPTY = new Address(null, null, null, null, null, null);

        public Address {
            line1 = trimmed(line1);
            line2 = trimmed(line2);
            city = trimmed(city);
            region = trimmed(region);
            postalCode = trimmed(postalCode);
            country = trimmed(country);
        }

        public boolean isEmpty() {
            return equals(EMPTY);
        }

        /** "Springfield, IL 62704" — the line a list shows. */
        public String cityLine() {
            String place = Stream.of(city, region).filter(Objects::nonNull).collect(Collectors.joining(", "));
            return postalCode == null ? place : (place + " " + postalCode).trim();
        }
    }

    public record Occasions(PartialDate birthday, PartialDate anniversary, String spouseName) {
        public static final Occasions NONE = new Occasions(null, null, null);

        public Occasions {
            spouseName = trimmed(spouseName);
        }
    }

    /** The store's side of the relationship. */
    public record Account(UserId salesperson, StoreId homeStore, BigDecimal creditLimit) {
        public static final Account NONE = new Account(null, null, null);

        public Account {
            if (creditLimit != null && creditLimit.signum() < 0) {
                throw new BusinessRuleViolated("creditLimit", "A credit limit cannot be negative.");
            }
            if (creditLimit != null && creditLimit.scale() > 4) {
                throw new BusinessRuleViolated("creditLimit", "Enter the credit limit in dollars and cents.");
            }
        }
    }

    public Contact {
        Objects.requireNonNull(name, "name");
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        reach = reach == null ? Reach.NONE : reach;
        billing = billing == null ? Address.EMPTY : billing;
        shipping = shipping == null || shipping.isEmpty() ? null : shipping;
        taxStatus = taxStatus == null ? TaxStatus.TAXABLE : taxStatus;
        taxExemptReason = trimmed(taxExemptReason);
        if (taxStatus == TaxStatus.EXEMPT && taxExemptReason == null) {
            throw new BusinessRuleViolated("taxExemptReason", "Say why this contact is exempt (e.g. non-profit, government).");
        }
        occasions = occasions == null ? Occasions.NONE : occasions;
        account = account == null ? Account.NONE : account;
        notes = trimmed(notes);
    }

    /** A new contact as typed (no id yet); it starts with the roles the user ticked, possibly none (R2). */
    public static Contact draft(Name name, Set<ContactRole> roles, Reach reach, Address billing, Address shipping,
                                TaxStatus taxStatus, String taxExemptReason, Occasions occasions, boolean marketingOptIn,
                                boolean noGreetings, Account account, String notes) {
        return new Contact(null, name, roles, reach, billing, shipping, taxStatus, taxExemptReason, occasions,
                marketingOptIn, noGreetings, account, notes, null, null);
    }

    public boolean hasRole(ContactRole role) {
        return roles.contains(role);
    }

    public boolean isMerged() {
        return mergedInto != null;
    }

    public String displayName() {
        return name.display();
    }

    /** The address goods go to: the shipping one when given, otherwise billing. */
    public Address shipTo() {
        return shipping == null ? billing : shipping;
    }

    /** This contact with the details of {@code edited}; identity, merge state and history stay. */
    public Contact withDetailsOf(Contact edited) {
        requireNotMerged();
        return new Contact(id, edited.name, edited.roles, edited.reach, edited.billing, edited.shipping, edited.taxStatus,
                edited.taxExemptReason, edited.occasions, edited.marketingOptIn, edited.noGreetings, edited.account,
                edited.notes, mergedInto, createdAt);
    }

    /** Roles are added to the same record; nothing is copied or moved (R3). */
    public Contact withRole(ContactRole role) {
        requireNotMerged();
        EnumSet<ContactRole> more = roles.isEmpty() ? EnumSet.noneOf(ContactRole.class) : EnumSet.copyOf(roles);
        more.add(role);
        return withRoles(more);
    }

    public Contact withoutRole(ContactRole role) {
        requireNotMerged();
        EnumSet<ContactRole> fewer = roles.isEmpty() ? EnumSet.noneOf(ContactRole.class) : EnumSet.copyOf(roles);
        fewer.remove(role);
        return withRoles(fewer);
    }

    private Contact withRoles(Set<ContactRole> newRoles) {
        return new Contact(id, name, newRoles, reach, billing, shipping, taxStatus, taxExemptReason, occasions,
                marketingOptIn, noGreetings, account, notes, mergedInto, createdAt);
    }

    private void requireNotMerged() {
        if (isMerged()) throw new ContactWasMerged(id, mergedInto);
    }

    static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
