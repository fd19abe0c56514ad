package com.jeweltrak.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.contacts.EditingContacts;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Receiving items and the stock ledger on the real database (04-inventory §Adding Inventory Items, design §4). */
@IntegrationTest
class StockLedgerTests {

    static TestTenants.Tenant tenant;

    @Autowired ReceivingAnItem receiving;
    @Autowired AdjustingStock adjusting;
    @Autowired StockLedger ledger;
    @Autowired Items items;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("stock-ledger");
    }

    private <T> T as(Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> work.get()));
    }

    private Item ring(ContactId vendor) {
        return new Item(null, 0, tenant.store(), "Ring", vendor, "14K yellow gold band", null, true, LocalDate.of(2026, 11, 1),
                new BigDecimal("350.00"), null, null,
                new JewelryDetails("Yellow Gold", "14K", new BigDecimal("4.2"), new BigDecimal("6.5"), null, "LADIES", "NEW"));
    }

    static Item diamond(TestTenants.Tenant tenant, String lab, String cert) {
        return new Item(null, 0, tenant.store(), "Loose", null, null, null, true, LocalDate.of(2026, 11, 1),
                new BigDecimal("5200.00"), null, null,
                new DiamondDetails("WHITE", "Round", "G", null, "VS1", "EXCELLENT", "EXCELLENT", "EXCELLENT", "NONE", lab,
                        cert, null, null, null, null, null, "NATURAL", 1));
    }

    private BigDecimal movementsSum(ItemId id) {
        return as(() -> jdbc.sql("select coalesce(sum(in_stock_delta), 0) from stock_movement where item_id = ?")
                .param(id.value()).query(BigDecimal.class).single());
    }

    // 04-inventory §Adding Inventory Items R5, R7: the next StockID of the tenant, and the quantity as a receive movement
    @Test
    void aNewItemGetsTheNextStockIdAndItsQuantityIsAReceiveMovement() {
        ItemId first = as(() -> receiving.receive(ring(null), NewStock.one()));
        ItemId second = as(() -> receiving.receive(ring(null), new NewStock(new BigDecimal("3"), null)));
        Item one = as(() -> items.get(first));
        Item two = as(() -> items.get(second));
        assertThat(two.stockNumber()).isEqualTo(one.stockNumber() + 1);
        assertThat(two.quantities().inStock()).isEqualByComparingTo("3");
        assertThat(as(() -> ledger.history(second))).singleElement()
                .satisfies(m -> assertThat(m.kind()).isEqualTo(MovementKind.RECEIVE));
    }

    // design §4: the stored quantities are the sum of the item's movements, whatever happened in between
    @Test
    void storedQuantitiesAreTheSumOfTheMovements() {
        ItemId id = as(() -> receiving.receive(ring(null), new NewStock(new BigDecimal("3"), null)));
        as(() -> { adjusting.adjust(id, new BigDecimal("-1"), null, "Broken clasp, sent to scrap bin"); return null; });
        as(() -> { adjusting.adjust(id, new BigDecimal("2"), null, "Found two in the safe"); return null; });
        assertThat(as(() -> items.get(id)).quantities().inStock()).isEqualByComparingTo("4")
                .isEqualByComparingTo(movementsSum(id));
    }

    // decision 11: a change that would take a quantity below zero is refused, naming the item and what is there
    @Test
    void aMovementBelowZeroIsRefusedNamingTheItemAndTheQuantity() {
        ItemId id = as(() -> receiving.receive(ring(null), NewStock.one()));
        long stockNumber = as(() -> items.get(id)).stockNumber();
        assertThatThrownBy(() -> as(() -> { adjusting.adjust(id, new BigDecimal("-2"), null, "Miscount"); return null; }))
                .isInstanceOf(NotEnoughStock.class).hasMessageContaining("StockID " + stockNumber + " has 1 in stock");
        assertThat(movementsSum(id)).isEqualByComparingTo("1");
    }

    // design §4: a one-of-a-kind item cannot be taken twice, also when eight clerks take it at the same moment
    @Test
    void aOneOfAKindItemIsTakenOnceUnderConcurrency() throws Exception {
        ItemId id = as(() -> receiving.receive(ring(null), NewStock.one()));
        int clerks = 8;
        ExecutorService pool = Executors.newFixedThreadPool(clerks);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (int i = 0; i < clerks; i++) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    as(() -> { ledger.record(id, StockLedger.Movement.of(MovementKind.SALE, BigDecimal.ONE.negate(), null,
                            "sale")); return null; });
                    return true;
                } catch (NotEnoughStock refused) {
                    return false;
                }
            }));
        }
        start.countDown();
        int sold = 0;
        for (Future<Boolean> outcome : outcomes) if (outcome.get()) sold++;
        pool.shutdown();
        assertThat(sold).isEqualTo(1);
        assertThat(as(() -> items.get(id)).quantities().inStock()).isEqualByComparingTo("0");
        assertThat(movementsSum(id)).isEqualByComparingTo("0");
    }

    // 01-navigation §Search: an item's search entry follows its quantities — sold out reads "None in stock"
    @Test
    void theSearchStatusFollowsEveryMovement() {
        ItemId id = as(() -> receiving.receive(ring(null), NewStock.one()));
        java.util.function.Supplier<String> status = () -> as(() -> jdbc.sql(
                "select status from search_entry where record_type = 'jewelry' and record_id = ?")
                .param(id.value()).query(String.class).single());
        assertThat(status.get()).isEqualTo("In stock");
        as(() -> { ledger.record(id, StockLedger.Movement.of(MovementKind.SALE, BigDecimal.ONE.negate(), null, "sale")); return null; });
        assertThat(status.get()).isEqualTo("None in stock");
    }

    // design §4: the ledger is append-only for the application — a movement cannot be edited or deleted
    @Test
    void theApplicationCannotEditOrDeleteAMovement() {
        ItemId id = as(() -> receiving.receive(ring(null), NewStock.one()));
        assertThatThrownBy(() -> as(() -> jdbc.sql("update stock_movement set in_stock_delta = 5 where item_id = ?")
                .param(id.value()).update())).hasStackTraceContaining("permission denied for table stock_movement");
        assertThatThrownBy(() -> as(() -> jdbc.sql("delete from stock_movement where item_id = ?")
                .param(id.value()).update())).hasStackTraceContaining("permission denied for table stock_movement");
    }

    // issue 5 bad input: a loose stone needs a carat weight above zero; a ring has none
    @Test
    void aStoneNeedsACaratWeightAboveZeroAndARingHasNone() {
        assertThatThrownBy(() -> new NewStock(BigDecimal.ONE, BigDecimal.ZERO)).isInstanceOf(BusinessRuleViolated.class)
                .hasMessageContaining("more than 0");
        assertThatThrownBy(() -> as(() -> receiving.receive(diamond(tenant, "GIA", null), NewStock.one())))
                .isInstanceOfSatisfying(BusinessRuleViolated.class, e -> assertThat(e.field()).isEqualTo("carats"));
        assertThatThrownBy(() -> as(() -> receiving.receive(ring(null), new NewStock(BigDecimal.ONE, new BigDecimal("0.5")))))
                .isInstanceOfSatisfying(BusinessRuleViolated.class, e -> assertThat(e.field()).isEqualTo("carats"));
        ItemId stone = as(() -> receiving.receive(diamond(tenant, "GIA", null), new NewStock(BigDecimal.ONE, new BigDecimal("1.015"))));
        assertThat(as(() -> items.get(stone)).quantities().carats()).isEqualByComparingTo("1.015");
    }

    // issue 5 bad input: a certificate number is on one stone per lab
    @Test
    void aCertificateNumberIsOnOneStonePerLab() {
        String cert = "22" + System.nanoTime() % 100_000_000L;
        ItemId first = as(() -> receiving.receive(diamond(tenant, "GIA", cert), new NewStock(BigDecimal.ONE, BigDecimal.ONE)));
        long stockNumber = as(() -> items.get(first)).stockNumber();
        assertThatThrownBy(() -> as(() -> receiving.receive(diamond(tenant, "GIA", cert),
                new NewStock(BigDecimal.ONE, BigDecimal.ONE))))
                .isInstanceOfSatisfying(BusinessRuleViolated.class, e -> assertThat(e.field()).isEqualTo("certNumber"))
                .hasMessageContaining("StockID " + stockNumber);
        as(() -> receiving.receive(diamond(tenant, "IGI", cert), new NewStock(BigDecimal.ONE, BigDecimal.ONE)));
    }

    // 07-contacts §Unified Contacts R7 on edit; 04-inventory §Pricing Multipliers R8: a vendor picked when editing
    // becomes a Vendor in the same save, and the new cost reprices nothing
    @Test
    void anEditGivesANewVendorTheRoleAndRepricesNothing(@Autowired EditingContacts editing, @Autowired Contacts contacts,
                                                       @Autowired EditingAnItem editingItems) {
        ItemId id = as(() -> receiving.receive(ring(null), NewStock.one()));
        Item before = as(() -> items.get(id));
        ContactId caster = as(() -> editing.add(Contact.draft(new Contact.Name(null, null, "Castwell " + id, null),
                Set.of(), null, null, null, null, null, null, false, false, null, null)));
        Item edited = new Item(null, 0, before.store(), before.category(), caster, before.description(), null, true,
                before.purchaseDate(), new BigDecimal("999.00"), before.prices(), null, before.details());
        as(() -> editingItems.save(id, edited));
        Item after = as(() -> items.get(id));
        assertThat(after.vendor()).isEqualTo(caster);
        assertThat(after.prices()).isEqualTo(before.prices());
        assertThat(as(() -> contacts.get(caster)).roles()).containsExactly(ContactRole.VENDOR);
    }

    // 07-contacts §Unified Contacts R7: the vendor picked for an item becomes a Vendor
    @Test
    void theVendorOfANewItemBecomesAVendor(@Autowired EditingContacts editing, @Autowired Contacts contacts) {
        ContactId goldsmith = as(() -> editing.add(Contact.draft(new Contact.Name("Marco", "Reyes", "Reyes Castings", null),
                Set.of(ContactRole.CUSTOMER), null, null, null, null, null, null, false, false, null, null)));
        as(() -> receiving.receive(ring(goldsmith), NewStock.one()));
        assertThat(as(() -> contacts.get(goldsmith)).roles()).contains(ContactRole.VENDOR, ContactRole.CUSTOMER);
    }
}
