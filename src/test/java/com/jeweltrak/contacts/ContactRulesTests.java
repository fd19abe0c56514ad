package com.jeweltrak.contacts;

import java.util.Set;

import com.jeweltrak.platform.BusinessRuleViolated;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contact aggregate's own rules, without a database. */
class ContactRulesTests {

    private static Contact named(String first, String last, String company, Set<ContactRole> roles) {
        return Contact.draft(new Contact.Name(first, last, company, null), roles, null, null, null, null, null, null,
                false, false, null, null);
    }

    // 07-contacts §Unified Contacts R2: a new contact starts with no role until the user ticks one
    @Test
    void aNewContactMayStartWithNoRole() {
        assertThat(named("Ana", "Reyes", null, Set.of()).roles()).isEmpty();
    }

    // 07-contacts §0: a contact is a person or a business — one of the two must be named
    @Test
    void aContactNeedsAPersonsNameOrACompany() {
        assertThatThrownBy(() -> named(" ", null, "", Set.of())).isInstanceOf(BusinessRuleViolated.class)
                .hasMessageContaining("name or a company");
        assertThat(named(null, null, "Reyes Castings", Set.of()).displayName()).isEqualTo("Reyes Castings");
    }

    // 07-contacts §Unified Contacts R3: a role is added to the same record; nothing else changes
    @Test
    void addingARoleKeepsEveryOtherDetail() {
        Contact customer = new Contact(new ContactId(7), new Contact.Name("Marco", "Reyes", "Reyes Castings", "Goldsmith"),
                Set.of(ContactRole.CUSTOMER), new Contact.Reach("marco@example.com", null, "(773) 555-0117", null, null, null,
                null), null, null, null, null, null, false, false, null, "Casts mountings", null, null);
        Contact both = customer.withRole(ContactRole.VENDOR);
        assertThat(both.roles()).containsExactlyInAnyOrder(ContactRole.CUSTOMER, ContactRole.VENDOR);
        assertThat(both.withoutRole(ContactRole.VENDOR)).isEqualTo(customer);
        assertThat(both.id()).isEqualTo(customer.id());
        assertThat(both.reach()).isEqualTo(customer.reach());
    }

    // issue 4 bad input: an invalid e-mail is refused naming its field
    @Test
    void anInvalidEmailIsRefusedNamingItsField() {
        assertThatThrownBy(() -> new Contact.Reach("ana@", null, null, null, null, null, null))
                .isInstanceOfSatisfying(BusinessRuleViolated.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThat(ContactDetailRules.isEmail("Ana.Reyes+rings@example.co.uk")).isTrue();
        assertThat(ContactDetailRules.isEmail("ana reyes@example.com")).isFalse();
    }

    // issue 4 bad input: a phone needs 7 to 15 digits; separators, a leading + and an extension are fine
    @Test
    void aPhoneNeedsSevenToFifteenDigits() {
        assertThat(ContactDetailRules.isPhone("(312) 555-0142")).isTrue();
        assertThat(ContactDetailRules.isPhone("+44 20 7946 0958")).isTrue();
        assertThat(ContactDetailRules.isPhone("312.555.0142 x 204")).isTrue();
        assertThat(ContactDetailRules.isPhone("555-01")).isFalse();
        assertThat(ContactDetailRules.isPhone("call me")).isFalse();
        assertThatThrownBy(() -> new Contact.Reach(null, null, null, null, "12", null, null))
                .isInstanceOfSatisfying(BusinessRuleViolated.class, e -> assertThat(e.field()).isEqualTo("workPhone"));
    }

    // 07-contacts §Resale Certificates (tax status): an exemption other than resale must say why
    @Test
    void anExemptContactMustSayWhy() {
        assertThatThrownBy(() -> Contact.draft(new Contact.Name("City", "Museum", null, null), Set.of(), null, null, null,
                TaxStatus.EXEMPT, " ", null, false, false, null, null))
                .isInstanceOfSatisfying(BusinessRuleViolated.class, e -> assertThat(e.field()).isEqualTo("taxExemptReason"));
    }

    // 07-contacts §Birthday & Anniversary R7: 29 February is a real birthday; 31 April is not a date
    @Test
    void twentyNinthOfFebruaryIsABirthdayButThirtyFirstOfAprilIsNot() {
        assertThat(PartialDate.of("birthdayDay", 2, 29, null).display()).isEqualTo("29 February");
        assertThatThrownBy(() -> PartialDate.of("birthdayDay", 4, 31, null)).isInstanceOf(BusinessRuleViolated.class);
        assertThatThrownBy(() -> PartialDate.of("birthdayDay", 2, 29, 1983)).isInstanceOf(BusinessRuleViolated.class);
        assertThatThrownBy(() -> PartialDate.of("birthdayDay", 2, null, null)).hasMessageContaining("month and the day");
    }

    // 07-contacts §Duplicate Customers R5: a merged contact is history and gains no role
    @Test
    void aMergedContactGainsNoRole() {
        Contact merged = new Contact(new ContactId(3), new Contact.Name("Bob", "Smith", null, null), Set.of(), null, null,
                null, null, null, null, false, false, null, null, new ContactId(1), null);
        assertThatThrownBy(() -> merged.withRole(ContactRole.CUSTOMER)).isInstanceOf(ContactWasMerged.class);
    }
}
