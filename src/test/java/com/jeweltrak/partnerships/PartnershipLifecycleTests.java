package com.jeweltrak.partnerships;

import static com.jeweltrak.partnerships.PartnershipFixtures.owner;
import static com.jeweltrak.partnerships.PartnershipFixtures.profitOnly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jeweltrak.accounting.Books;
import com.jeweltrak.accounting.SystemAccount;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.PaymentMethod;
import com.jeweltrak.sales.ReopeningAnInvoice;
import com.jeweltrak.sales.SettingATradeConcession;
import com.jeweltrak.sales.TakingATender;
import com.jeweltrak.sales.VoidingAnInvoice;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Owner-sold flow and reconciliation on the real database (02-sales §Partnerships R4–R10; issue 8 points 2, 3, 8). */
@IntegrationTest
class PartnershipLifecycleTests {

    static TestTenants.Tenant tenant;
    static ContactId ann;
    static ContactId ben;

    @Autowired PartnershipFixtures fixtures;
    @Autowired Partnerships partnerships;
    @Autowired Reconciliations reconciliations;
    @Autowired ReconcilingAPartnership reconciling;
    @Autowired ResettingAPartnership resetting;
    @Autowired ReopeningAnInvoice reopening;
    @Autowired VoidingAnInvoice voiding;
    @Autowired SettingATradeConcession concessions;
    @Autowired TakingATender tenders;
    @Autowired Books books;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired PartnershipFixtures fixtures) {
        tenant = tenants.open("partnership-lifecycle");
        ann = fixtures.contact(tenant, "Ann", "Owner", true);
        ben = fixtures.contact(tenant, "Ben", "Finder", true);
    }

    /** Decision 3's item: cost 8,000, Partnership Value 10,000, Ann Owner 40 %, Ben Profit Only 10 %. */
    private ItemId decisionThreeItem() {
        ItemId item = fixtures.item(tenant, "8000");
        fixtures.setUp(tenant, item, "10000", owner(ann, "40"), profitOnly(ben, "10"));
        return item;
    }

    /** Sold for 16,000 with a 1,000 trade concession (decision 3's first example). */
    private InvoiceId soldWithConcession(ItemId item) {
        InvoiceId invoice = fixtures.invoice(tenant, item, "16000");
        long line = fixtures.lineOf(tenant, invoice);
        fixtures.as(tenant, () -> {
            concessions.set(invoice, line, new BigDecimal("1000"));
            return null;
        });
        fixtures.as(tenant, () -> {
            fixtures.finalizeInvoice(invoice);
            return null;
        });
        return invoice;
    }

    private Partnership live(ItemId item) {
        return fixtures.tx(tenant, () -> partnerships.latest(item).orElseThrow());
    }

    private List<ReconcilingAPartnership.Payment> suggested() {
        return List.of();
    }

    @Test
    void sellingAPartnershipItemRecordsThatAReconciliationIsOwed() {
        // 02-sales §Partnerships R4, R5: the sale with its realised figures
        ItemId item = decisionThreeItem();
        soldWithConcession(item);
        Partnership p = live(item);
        assertThat(p.status()).isEqualTo(PartnershipStatus.SOLD);
        PartnershipSale sale = fixtures.tx(tenant, () -> partnerships.owedSale(p.id()).orElseThrow());
        assertThat(sale.type()).isEqualTo(SettlementType.OWNER_SOLD);
        assertThat(sale.salePrice()).isEqualByComparingTo("16000");
        assertThat(sale.tradeConcession()).isEqualByComparingTo("1000");
        assertThat(sale.cost()).isEqualByComparingTo("8000");
    }

    @Test
    void reopeningTheInvoiceBeforeReconciliationCancelsTheSale() {
        // 02-sales §Partnerships R4 with §Finalize R6: the sale is withdrawn; the partnership is active again
        ItemId item = decisionThreeItem();
        InvoiceId invoice = soldWithConcession(item);
        fixtures.as(tenant, () -> {
            reopening.reopen(invoice);
            return null;
        });
        Partnership p = live(item);
        assertThat(p.status()).isEqualTo(PartnershipStatus.ACTIVE);
        assertThat(fixtures.tx(tenant, () -> partnerships.owedSale(p.id()))).isEmpty();
    }

    @Test
    void voidingTheInvoiceBeforeReconciliationCancelsTheSale() {
        // 02-sales §Partnerships R4 with §Finalize R7
        ItemId item = decisionThreeItem();
        InvoiceId invoice = fixtures.sell(tenant, item, "9000");
        fixtures.as(tenant, () -> {
            voiding.voidInvoice(invoice);
            return null;
        });
        assertThat(live(item).status()).isEqualTo(PartnershipStatus.ACTIVE);
        assertThat(fixtures.count(tenant, "select count(*) from partnership_sale where invoice_id = ? and status = 'CANCELLED'",
                invoice.value())).isEqualTo(1);
    }

    @Test
    void reconcilingWithTheSuggestionsStoresTheSnapshot() {
        // 02-sales §Partnerships R7, R9; decision 3: A 6,000, B 500, TotalOwnerProfitValue = 15,000 − 6,500 − 6,000
        ItemId item = decisionThreeItem();
        soldWithConcession(item);
        PartnershipId id = live(item).id();
        long r = fixtures.as(tenant, () -> reconciling.reconcile(id, suggested()));
        Reconciliation snapshot = fixtures.tx(tenant, () -> reconciliations.get(r));
        assertThat(snapshot.type()).isEqualTo(SettlementType.OWNER_SOLD);
        assertThat(snapshot.actualCost()).isEqualByComparingTo("8000");
        assertThat(snapshot.partnershipValue()).isEqualByComparingTo("10000");
        assertThat(snapshot.primaryCostValue()).isEqualByComparingTo("6000");
        assertThat(snapshot.grossProfit()).isEqualByComparingTo("7000");
        assertThat(snapshot.totalOwnerProfitValue()).isEqualByComparingTo("2500");
        assertThat(snapshot.totalOwnerProfitActual()).isEqualByComparingTo("2500");
        assertThat(snapshot.details()).extracting(Reconciliation.Detail::payout)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("6000"), new BigDecimal("500"));
        assertThat(snapshot.details()).extracting(Reconciliation.Detail::costPaidAmount)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("4000"), BigDecimal.ZERO);
    }

    @Test
    void reconcilingMovesThePartnershipToPaid() {
        // 02-sales §Partnerships R7: the item moves to Paid and leaves the open list
        ItemId item = decisionThreeItem();
        fixtures.sell(tenant, item, "9000");
        PartnershipId id = live(item).id();
        fixtures.as(tenant, () -> reconciling.reconcile(id, suggested()));
        assertThat(live(item).status()).isEqualTo(PartnershipStatus.PAID);
        assertThat(fixtures.tx(tenant, () -> partnerships.owedSale(id))).isEmpty();
    }

    @Test
    void aChangedPayoutWithoutAReasonIsRefused() {
        // 02-sales §Partnerships R8; issue 8 bad input: "a reconciliation without a reason when changed"
        ItemId item = decisionThreeItem();
        soldWithConcession(item);
        PartnershipId id = live(item).id();
        assertThatThrownBy(() -> fixtures.as(tenant, () -> reconciling.reconcile(id, List.of(
                new ReconcilingAPartnership.Payment(ann, new BigDecimal("5750"), null, "Check", "1001", null, " ")))))
                .isInstanceOf(BusinessRuleViolated.class)
                .satisfies(e -> assertThat(((BusinessRuleViolated) e).field()).isEqualTo("payments[0].reason"));
        assertThat(live(item).status()).isEqualTo(PartnershipStatus.SOLD);
    }

    @Test
    void aChangedPayoutKeepsItsReasonAndTheStoreAbsorbsTheDifference() {
        // 02-sales §Partnerships R8, R9: TotalOwnerProfitActual = 15,000 − (5,750 + 500) − 6,000 = 2,750
        ItemId item = decisionThreeItem();
        soldWithConcession(item);
        PartnershipId id = live(item).id();
        long r = fixtures.as(tenant, () -> reconciling.reconcile(id, List.of(new ReconcilingAPartnership.Payment(ann,
                new BigDecimal("5750"), null, "Check", "1001", null, "$250 trade discount applied per agreement"))));
        Reconciliation snapshot = fixtures.tx(tenant, () -> reconciliations.get(r));
        assertThat(snapshot.totalOwnerProfitValue()).isEqualByComparingTo("2500");
        assertThat(snapshot.totalOwnerProfitActual()).isEqualByComparingTo("2750");
        Reconciliation.Detail annRow = snapshot.details().getFirst();
        assertThat(annRow.suggestedPayout()).isEqualByComparingTo("6000");
        assertThat(annRow.payout()).isEqualByComparingTo("5750");
        assertThat(annRow.adjustmentReason()).isEqualTo("$250 trade discount applied per agreement");
        assertThat(annRow.paymentMethod()).isEqualTo("Check");
        assertThat(annRow.checkNumber()).isEqualTo("1001");
    }

    @Test
    void reconcilingTwiceIsRefusedNamingTheDate() {
        // 02-sales §Partnerships R10; issue 8 bad input: "reconciling twice"
        ItemId item = decisionThreeItem();
        fixtures.sell(tenant, item, "9000");
        PartnershipId id = live(item).id();
        fixtures.as(tenant, () -> reconciling.reconcile(id, suggested()));
        assertThatThrownBy(() -> fixtures.as(tenant, () -> reconciling.reconcile(id, suggested())))
                .isInstanceOf(PartnershipAlreadyReconciled.class).hasMessageContaining("already reconciled on");
    }

    @Test
    void reconcilingTwiceAtOnceReconcilesOnce() throws Exception {
        // 02-sales §Partnerships R10: the partnership row is locked — the second waits, then is refused
        ItemId item = decisionThreeItem();
        fixtures.sell(tenant, item, "9000");
        PartnershipId id = live(item).id();
        Callable<Object> call = () -> {
            try {
                return fixtures.as(tenant, () -> reconciling.reconcile(id, suggested()));
            } catch (PartnershipNotInThatState refused) {
                return refused;
            }
        };
        try (var pool = Executors.newFixedThreadPool(2)) {
            Future<Object> a = pool.submit(call);
            Future<Object> b = pool.submit(call);
            List<Object> results = List.of(a.get(), b.get());
            assertThat(results).filteredOn(PartnershipNotInThatState.class::isInstance).hasSize(1);
        }
        assertThat(fixtures.count(tenant, "select count(*) from reconciled_partnership where partnership_id = ?", id.value()))
                .isEqualTo(1);
    }

    @Test
    void twoPeopleSettingUpTheSameNewItemAtOnceMakeOnePartnership() throws Exception {
        // design §4 / "never a 500": the second waits for the first and edits its partnership (was a duplicate-key error)
        for (int round = 0; round < 5; round++) {
            ItemId item = fixtures.item(tenant, "5000");
            Callable<PartnershipId> call = () -> fixtures.setUp(tenant, item, null, PartnershipFixtures.owner(ann, "30"));
            try (var pool = Executors.newFixedThreadPool(2)) {
                Future<PartnershipId> a = pool.submit(call);
                Future<PartnershipId> b = pool.submit(call);
                assertThat(a.get()).isEqualTo(b.get());
            }
            assertThat(fixtures.count(tenant, "select count(*) from partnership where item_id = ?", item.value())).isEqualTo(1);
        }
    }

    @Test
    void ownerSoldPayoutsAreEquityDistributionsAndLeaveTheGrossProfitAlone() {
        // decision 3; 02-sales §Partnerships R16: Dr Partner equity / Cr Cash; Sales and COGS untouched
        ItemId item = decisionThreeItem();
        fixtures.sell(tenant, item, "9000");
        PartnershipId id = live(item).id();
        BigDecimal cash = fixtures.tx(tenant, () -> books.balance(SystemAccount.CASH));
        BigDecimal bank = fixtures.tx(tenant, () -> books.balance(SystemAccount.BANK));
        BigDecimal sales = fixtures.tx(tenant, () -> books.balance(SystemAccount.SALES));
        BigDecimal cogs = fixtures.tx(tenant, () -> books.balance(SystemAccount.COGS));
        BigDecimal annEquity = fixtures.partnerEquity(tenant, ann);
        fixtures.as(tenant, () -> reconciling.reconcile(id, List.of(
                new ReconcilingAPartnership.Payment(ann, null, null, "Wire", null, null, null))));
        // decision 3's loss example: Ann 3,600 by wire (Bank), Ben 0.00
        assertThat(fixtures.tx(tenant, () -> books.balance(SystemAccount.BANK)).subtract(bank)).isEqualByComparingTo("-3600");
        assertThat(fixtures.tx(tenant, () -> books.balance(SystemAccount.CASH))).isEqualByComparingTo(cash);
        assertThat(fixtures.partnerEquity(tenant, ann).subtract(annEquity)).isEqualByComparingTo("-3600");
        assertThat(fixtures.tx(tenant, () -> books.balance(SystemAccount.SALES))).isEqualByComparingTo(sales);
        assertThat(fixtures.tx(tenant, () -> books.balance(SystemAccount.COGS))).isEqualByComparingTo(cogs);
    }

    @Test
    void aReconciledCycleNeverPaysTwiceAfterAReset() {
        // 02-sales §Partnerships R10; article tips: a returned and re-sold item is a new cycle, the old one stays paid
        ItemId item = fixtures.item(tenant, "1000");
        fixtures.setUp(tenant, item, null, owner(ann, "50"));
        InvoiceId first = fixtures.sell(tenant, item, "2000");
        PartnershipId cycle1 = live(item).id();
        fixtures.as(tenant, () -> reconciling.reconcile(cycle1, suggested()));
        fixtures.returnItem(tenant, first);
        PartnershipId cycle2 = fixtures.as(tenant, () -> resetting.reset(item));
        assertThat(cycle2).isNotEqualTo(cycle1);
        assertThat(live(item).cycle()).isEqualTo(2);
        assertThat(live(item).partners()).extracting(PartnerShare::contact).containsExactly(ann);
        fixtures.sell(tenant, item, "2400");
        assertThat(fixtures.count(tenant, "select count(*) from partnership_sale where partnership_id = ?", cycle1.value()))
                .isEqualTo(1);
        assertThatThrownBy(() -> fixtures.as(tenant, () -> reconciling.reconcile(cycle1, suggested())))
                .isInstanceOf(PartnershipAlreadyReconciled.class);
        fixtures.as(tenant, () -> reconciling.reconcile(cycle2, suggested()));
        assertThat(fixtures.count(tenant, "select count(*) from reconciled_partnership where item_id = ?", item.value()))
                .isEqualTo(2);
    }

    @Test
    void aResetIsRefusedWhileTheItemIsNotBackInStock() {
        // 02-sales §Partnerships R10: a new cycle starts once the item has come back
        ItemId item = fixtures.item(tenant, "1000");
        fixtures.setUp(tenant, item, null, owner(ann, "50"));
        fixtures.sell(tenant, item, "2000");
        PartnershipId id = live(item).id();
        fixtures.as(tenant, () -> reconciling.reconcile(id, suggested()));
        assertThatThrownBy(() -> fixtures.as(tenant, () -> resetting.reset(item)))
                .isInstanceOf(PartnershipNotInThatState.class).hasMessageContaining("not back in stock");
    }

    @Test
    void theSetUpIsFrozenWhileSold() {
        // 02-sales §Partnerships R10: the figures of an owed reconciliation do not move
        ItemId item = decisionThreeItem();
        fixtures.sell(tenant, item, "9000");
        assertThatThrownBy(() -> fixtures.setUp(tenant, item, "12000", owner(ann, "40")))
                .isInstanceOf(PartnershipNotInThatState.class);
    }
}
