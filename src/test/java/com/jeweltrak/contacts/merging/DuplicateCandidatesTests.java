package com.jeweltrak.contacts.merging;

import java.util.List;
import java.util.Set;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** 07-contacts §I Have Duplicate Customers R8, R9, R14: the Candidates tab's pairs. */
@IntegrationTest
class DuplicateCandidatesTests {

    static TestTenants.Tenant tenant;

    @Autowired DuplicateCandidates candidates;
    @Autowired DismissingADuplicate dismissing;
    @Autowired MergingContacts merging;
    @Autowired Contacts contacts;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("duplicates");
    }

    // R8, R14: same name and the same phone, compared on digits only
    @Test
    void sameNameAndPhoneDigitsIsACandidate() {
        MergeFixtures f = fixtures();
        String name = MergeFixtures.surname();
        ContactId a = f.contact("Bob", name, null, "(555) 123-4567");
        ContactId b = f.contact("Bob", name, null, "+1 555.123.4567");

        assertThat(basisOf(a, b)).containsExactly(MatchBasis.NAME_AND_PHONE);
    }

    // R8, R14: same name and the same e-mail, case-insensitive
    @Test
    void sameNameAndEmailIgnoringCaseIsACandidate() {
        MergeFixtures f = fixtures();
        String name = MergeFixtures.surname();
        ContactId a = f.contact("Ana", name, "Ana." + name + "@Example.com", null);
        ContactId b = f.contact("Ana", name, "ana." + name.toLowerCase() + "@example.COM", "555-000-1111");

        assertThat(basisOf(a, b)).containsExactly(MatchBasis.NAME_AND_EMAIL);
    }

    // Worked example "Smith Bob" = "Bob Smith": word order is ignored
    @Test
    void reorderedNameIsTheSameName() {
        MergeFixtures f = fixtures();
        String name = MergeFixtures.surname();
        ContactId a = f.contact("Bob", name, null, "555-222-3333");
        ContactId b = f.contact(name, "Bob", null, "555-222-3333");

        assertThat(basisOf(a, b)).containsExactly(MatchBasis.NAME_AND_PHONE);
    }

    // R14: case, accents, punctuation and extra spaces do not make a different name
    @Test
    void caseAccentsPunctuationAndSpacesAreIgnored() {
        MergeFixtures f = fixtures();
        String name = MergeFixtures.surname();
        ContactId a = f.contact("José", "O'" + name, "jose@" + name + ".example", null);
        ContactId b = f.contact("  JOSE ", "O" + name.toUpperCase() + ",", "JOSE@" + name + ".example", null);

        assertThat(basisOf(a, b)).containsExactly(MatchBasis.NAME_AND_EMAIL);
    }

    // Worked example "Bob Smith" = "Robert Smith": a common nickname is its given name (a data table, not code)
    @Test
    void aNicknameIsTheGivenName() {
        MergeFixtures f = fixtures();
        String name = MergeFixtures.surname();
        ContactId a = f.contact("Bob", name, null, "555-666-1234");
        ContactId b = f.contact("Robert", name, null, "555-666-1234");
        ContactId c = f.contact(name, "Robbie", null, "555-666-1234");

        assertThat(basisOf(a, b)).containsExactly(MatchBasis.NAME_AND_PHONE);
        assertThat(basisOf(a, c)).containsExactly(MatchBasis.NAME_AND_PHONE);
    }

    // R8: the name alone, or the phone alone, is not enough
    @Test
    void aSharedPhoneWithADifferentNameIsNotACandidate() {
        MergeFixtures f = fixtures();
        String name = MergeFixtures.surname();
        ContactId a = f.contact("Bob", name, null, "555-444-5555");
        ContactId b = f.contact("Alice", name, null, "555-444-5555");
        ContactId c = f.contact("Bob", name, null, "555-444-9999");

        assertThat(pairsWith(a)).isEmpty();
        assertThat(pairsWith(b)).isEmpty();
        assertThat(pairsWith(c)).isEmpty();
    }

    // R9: a dismissed pair is never proposed again, whichever way round it was dismissed
    @Test
    void aDismissedPairIsNeverProposedAgain() {
        MergeFixtures f = fixtures();
        String name = MergeFixtures.surname();
        ContactId a = f.contact("Bob", name, "bob@" + name + ".example", null);
        ContactId b = f.contact("Bob", name, "bob@" + name + ".example", null);
        ContactId c = f.contact("Bob", name, "bob@" + name + ".example", null);

        f.as(() -> {
            dismissing.dismiss(b, a);
            dismissing.dismiss(a, b); // twice changes nothing
            return null;
        });

        assertThat(basisOf(a, b)).isNull();
        assertThat(basisOf(a, c)).isNotNull();
        assertThat(basisOf(b, c)).isNotNull();
    }

    // R5: merged contacts are not proposed
    @Test
    void mergedContactsAreNotProposed() {
        MergeFixtures f = fixtures();
        String name = MergeFixtures.surname();
        ContactId a = f.contact("Bob", name, null, "555-777-8888");
        ContactId b = f.contact("Bob", name, null, "555-777-8888");
        ContactId c = f.contact("Bob", name, null, "555-777-8888");

        f.as(() -> merging.merge(a, List.of(b)));

        assertThat(pairsWith(b)).isEmpty();
        assertThat(basisOf(a, c)).containsExactly(MatchBasis.NAME_AND_PHONE);
    }

    private MergeFixtures fixtures() {
        return new MergeFixtures(tenant, contacts);
    }

    private List<DuplicateCandidates.Candidate> all() {
        return fixtures().as(() -> candidates.page(0, 10_000).content());
    }

    private List<DuplicateCandidates.Candidate> pairsWith(ContactId id) {
        return all().stream().filter(c -> c.first().id().equals(id) || c.second().id().equals(id)).toList();
    }

    private Set<MatchBasis> basisOf(ContactId one, ContactId other) {
        return all().stream()
                .filter(c -> c.first().id().equals(one) && c.second().id().equals(other)
                        || c.first().id().equals(other) && c.second().id().equals(one))
                .map(DuplicateCandidates.Candidate::basis).findFirst().orElse(null);
    }
}
