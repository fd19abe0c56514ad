package com.jeweltrak.services.appraisals;

import java.math.BigDecimal;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Appraisals on the real database: 03-services §13 R1–R8 (status Draft → Finalized inferred); decision 12. */
@IntegrationTest
class AppraisalLifecycleTests {

    static TestTenants.Tenant tenant;

    @Autowired AppraisalFixtures fixtures;
    @Autowired SalesFixtures sales;
    @Autowired Appraisals appraisals;
    @Autowired OpeningAnAppraisal opening;
    @Autowired ChangingAnAppraisal changing;
    @Autowired ChangingAnAppraisalItem changingItem;
    @Autowired RemovingAnAppraisalItem removing;
    @Autowired RevisingAnAppraisal revising;
    @Autowired AppraisalPrinting printing;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("appraisal-lifecycle");
    }

    private ContactId customer() {
        return fixtures.customer(tenant, "Iris");
    }

    // §13 R2; decision 12: the header is saved first (a draft without items) and takes the store's next number
    @Test
    void aNewAppraisalIsAnEmptyDraftWithTheStoresNextNumber() {
        AppraisalId first = fixtures.open(tenant, customer(), AppraisalPurpose.ESTATE);
        AppraisalId second = fixtures.open(tenant, customer(), null);
        Appraisal a = fixtures.read(tenant, first);
        assertThat(a.status()).isEqualTo(AppraisalStatus.DRAFT);
        assertThat(a.items()).isEmpty();
        assertThat(a.purpose()).isEqualTo(AppraisalPurpose.ESTATE);
        assertThat(a.headerNotes()).isEqualTo("Pieces brought in by the customer");
        assertThat(fixtures.read(tenant, second).number()).isEqualTo(a.number() + 1);
    }

    // §13 R2: purpose is optional (Insurance when none is chosen); the customer is not
    @Test
    void withoutAPurposeTheAppraisalIsForInsurance() {
        assertThat(fixtures.read(tenant, fixtures.open(tenant, customer(), null)).purpose())
                .isEqualTo(AppraisalPurpose.INSURANCE);
    }

    // §13 R2: an appraisal is for a customer
    @Test
    void anAppraisalWithoutACustomerIsRefused() {
        assertThatThrownBy(() -> fixtures.as(tenant, () -> opening.open(new OpeningAnAppraisal.Request(tenant.store(),
                null, null, null, null, null, null)))).isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("Choose the customer whose items are appraised.");
    }

    // §13 R4: TotalAppraisedValue is the sum of the items' appraised values
    @Test
    void theTotalIsTheSumOfTheItemsValues() {
        AppraisalId id = fixtures.open(tenant, customer(), null);
        fixtures.item(tenant, id, "Diamond solitaire ring", "8500.00");
        fixtures.item(tenant, id, "Pearl strand", "1249.995");
        fixtures.item(tenant, id, "Gold chain", "0.005");
        assertThat(fixtures.read(tenant, id).total()).isEqualByComparingTo("9750.00");
    }

    // §13 R4: removing or correcting an item changes the total
    @Test
    void correctingOrRemovingAnItemChangesTheTotal() {
        AppraisalId id = fixtures.open(tenant, customer(), null);
        long ring = fixtures.item(tenant, id, "Ring", "1000");
        long chain = fixtures.item(tenant, id, "Chain", "300");
        fixtures.as(tenant, () -> {
            changingItem.change(id, ring, new AddingAnAppraisalItem.Request("Ring, resized", null, null, null, null, null,
                    new BigDecimal("1200")));
            removing.remove(id, chain);
            return null;
        });
        Appraisal a = fixtures.read(tenant, id);
        assertThat(a.items()).extracting(AppraisalItem::description).containsExactly("Ring, resized");
        assertThat(a.total()).isEqualByComparingTo("1200.00");
    }

    // §13 Data: an item needs a description and a value that is not negative
    @Test
    void anItemWithoutDescriptionOrWithANegativeValueIsRefused() {
        AppraisalId id = fixtures.open(tenant, customer(), null);
        assertThatThrownBy(() -> fixtures.item(tenant, id, " ", "10")).isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("Describe the item appraised.");
        assertThatThrownBy(() -> fixtures.item(tenant, id, "Ring", "-1")).isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("The appraised value cannot be negative.");
    }

    // §13 R1, R3: appraising a piece the store sells moves no stock and does not link to the item
    @Test
    void appraisingNeverMovesInventory() {
        String ring = sales.ring(tenant);
        long movements = movements();
        AppraisalId id = fixtures.open(tenant, customer(), null);
        fixtures.item(tenant, id, "14K yellow gold band (StockID " + ring + ")", "1500");
        fixtures.finalizeIt(tenant, id);
        fixtures.as(tenant, () -> revising.revise(id));
        assertThat(sales.inStock(tenant, ring)).isEqualByComparingTo("1");
        assertThat(movements()).isEqualTo(movements);
    }

    private long movements() {
        return fixtures.as(tenant, () -> transactions.execute(s -> jdbc.sql("select count(*) from stock_movement")
                .query(Long.class).single()));
    }

    // §13 (inferred): a draft with no items cannot be finalized
    @Test
    void anAppraisalWithoutItemsCannotBeFinalized() {
        AppraisalId id = fixtures.open(tenant, customer(), null);
        assertThatThrownBy(() -> fixtures.finalizeIt(tenant, id)).isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("Add at least one item before finalizing.");
    }

    // §13 R6: once finalized an appraisal cannot be edited — header, items added, changed or removed
    @Test
    void aFinalizedAppraisalCannotBeEdited() {
        AppraisalId id = fixtures.open(tenant, customer(), null);
        long item = fixtures.item(tenant, id, "Ring", "1000");
        fixtures.finalizeIt(tenant, id);
        assertThatThrownBy(() -> fixtures.item(tenant, id, "Another", "5")).isInstanceOf(AppraisalIsFinalized.class);
        assertThatThrownBy(() -> fixtures.as(tenant, () -> {
            changing.change(id, new ChangingAnAppraisal.Request(AppraisalPurpose.ESTATE, null, null, null, null));
            return null;
        })).isInstanceOf(AppraisalIsFinalized.class);
        assertThatThrownBy(() -> fixtures.as(tenant, () -> {
            removing.remove(id, item);
            return null;
        })).isInstanceOf(AppraisalIsFinalized.class);
        assertThatThrownBy(() -> fixtures.finalizeIt(tenant, id)).isInstanceOf(AppraisalIsFinalized.class);
        assertThat(fixtures.read(tenant, id).total()).isEqualByComparingTo("1000");
    }

    // §13 R6, R7: "editing" a finalized appraisal creates a new draft copy; the original stays, unchanged and listed
    @Test
    void revisingAFinalizedAppraisalMakesANewDraftAndKeepsTheOriginal() {
        ContactId customer = customer();
        AppraisalId original = fixtures.open(tenant, customer, AppraisalPurpose.ESTATE);
        fixtures.item(tenant, original, "Ring", "1000");
        fixtures.finalizeIt(tenant, original);
        AppraisalId copy = fixtures.as(tenant, () -> revising.revise(original));
        fixtures.item(tenant, copy, "Brooch", "250");

        Appraisal o = fixtures.read(tenant, original);
        Appraisal c = fixtures.read(tenant, copy);
        assertThat(c.status()).isEqualTo(AppraisalStatus.DRAFT);
        assertThat(c.revises()).isEqualTo(original);
        assertThat(c.number()).isGreaterThan(o.number());
        assertThat(c.purpose()).isEqualTo(AppraisalPurpose.ESTATE);
        assertThat(c.total()).isEqualByComparingTo("1250");
        assertThat(o.status()).isEqualTo(AppraisalStatus.FINALIZED);
        assertThat(o.total()).isEqualByComparingTo("1000");
        assertThat(fixtures.as(tenant, () -> appraisals.ofCustomer(customer))).extracting(Appraisal::id)
                .containsExactlyInAnyOrder(original, copy);
    }

    // §13 R6: a draft is changed directly, not revised
    @Test
    void aDraftIsNotRevised() {
        AppraisalId id = fixtures.open(tenant, customer(), null);
        assertThatThrownBy(() -> fixtures.as(tenant, () -> revising.revise(id))).isInstanceOf(BusinessRuleViolated.class);
    }

    // §13 R7: the same piece may be appraised many times; each appraisal is kept
    @Test
    void theSamePieceMayBeAppraisedManyTimes() {
        ContactId customer = customer();
        AppraisalId first = fixtures.open(tenant, customer, null);
        fixtures.item(tenant, first, "Heirloom sapphire ring", "4000");
        AppraisalId second = fixtures.open(tenant, customer, null);
        fixtures.item(tenant, second, "Heirloom sapphire ring", "4600");
        assertThat(fixtures.as(tenant, () -> appraisals.ofCustomer(customer))).hasSize(2)
                .extracting(Appraisal::total).map(BigDecimal::toPlainString).containsExactlyInAnyOrder("4000.00", "4600.00");
    }

    // §13 R8: the purpose changes the printed wording
    @Test
    void thePurposeChangesTheWording() {
        assertThat(AppraisalPurpose.INSURANCE.statement()).contains("replacement cost").contains("insurance");
        assertThat(AppraisalPurpose.ESTATE.statement()).contains("fair market value").contains("estate");
        assertThat(AppraisalPurpose.INSURANCE.valueHeading()).isNotEqualTo(AppraisalPurpose.ESTATE.valueHeading());
    }

    // §13: a draft's header is changed (purpose, notes, appraiser and title)
    @Test
    void aDraftsHeaderCanBeChanged() {
        AppraisalId id = fixtures.open(tenant, customer(), null);
        fixtures.as(tenant, () -> {
            changing.change(id, new ChangingAnAppraisal.Request(AppraisalPurpose.RESALE, java.time.LocalDate.of(2026, 11, 2),
                    "Two pieces", "Ben Bench", "Master Appraiser"));
            return null;
        });
        Appraisal a = fixtures.read(tenant, id);
        assertThat(a.purpose()).isEqualTo(AppraisalPurpose.RESALE);
        assertThat(a.date()).isEqualTo(java.time.LocalDate.of(2026, 11, 2));
        assertThat(a.appraiserTitle()).isEqualTo("Master Appraiser");
    }
}
