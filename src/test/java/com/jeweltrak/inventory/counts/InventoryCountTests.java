package com.jeweltrak.inventory.counts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.JewelryDetails;
import com.jeweltrak.inventory.MovementKind;
import com.jeweltrak.inventory.NewStock;
import com.jeweltrak.inventory.PearlDetails;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.inventory.StockLedger;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Count sessions on the real database (04-inventory §Inventory Count Overview). Each test counts a store of its own. */
@IntegrationTest
class InventoryCountTests {

    static TestTenants.Tenant tenant;

    @Autowired TestTenants tenants;
    @Autowired ReceivingAnItem receiving;
    @Autowired StockLedger ledger;
    @Autowired Items items;
    @Autowired StartingACount starting;
    @Autowired ScanningIntoACount scanning;
    @Autowired FinishingACount finishing;
    @Autowired CancellingACount cancelling;
    @Autowired InventoryCounts counts;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    StoreId store;

    @BeforeEach
    void storeOfItsOwn() {
        if (tenant == null) tenant = tenants.open("inventory-counts");
        store = tenants.addStore(tenant, "Count store " + System.nanoTime());
    }

    private <T> T as(Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> work.get()));
    }

    private String ring(StoreId in, String quantity) {
        Item ring = new Item(null, 0, in, "Ring", null, "Count band", null, true, LocalDate.of(2026, 11, 1),
                new BigDecimal("100.00"), new Item.Prices(null, null, null, new BigDecimal("250.00")), null,
                new JewelryDetails("Yellow Gold", "14K", null, null, null, null, null));
        ItemId id = as(() -> receiving.receive(ring, new NewStock(new BigDecimal(quantity), null)));
        return as(() -> items.get(id)).stockId();
    }

    private ItemId idOf(String stockId) {
        return as(() -> items.findByStockId(stockId)).orElseThrow().id();
    }

    private long start() {
        return as(() -> starting.start(store, Family.JEWELRY));
    }

    private ScanningIntoACount.Outcome scan(long count, String stockId) {
        return as(() -> scanning.scan(count, stockId, null));
    }

    private CountSheet sheet(long count) {
        return as(() -> counts.sheet(count));
    }

    // R2, R6: the snapshot never changes — an item received after the start is not expected, and scanning it is unexpected
    @Test
    void anItemReceivedAfterTheStartIsUnexpectedWhenScanned() {
        String before = ring(store, "1");
        long count = start();
        String after = ring(store, "1");
        scan(count, after);
        CountSheet sheet = sheet(count);
        assertThat(sheet.missing()).extracting(CountSheet.Line::stockId).containsExactly(before);
        assertThat(sheet.unexpected()).singleElement().satisfies(u -> {
            assertThat(u.stockId()).isEqualTo(after);
            assertThat(u.reason()).isEqualTo("Received after the count started.");
        });
    }

    // R3, R4: a scanned expected item is found, an unscanned one missing
    @Test
    void scannedItemsAreFoundAndTheOthersMissing() {
        String a = ring(store, "1");
        String b = ring(store, "1");
        long count = start();
        assertThat(scan(count, a).kind()).isEqualTo(ScanningIntoACount.Outcome.Kind.FOUND);
        CountSheet sheet = sheet(count);
        assertThat(sheet.found()).extracting(CountSheet.Line::stockId).containsExactly(a);
        assertThat(sheet.missing()).extracting(CountSheet.Line::stockId).containsExactly(b);
        assertThat(as(() -> counts.get(count))).satisfies(c -> {
            assertThat(c.foundItems()).isEqualTo(1);
            assertThat(c.expectedItems()).isEqualTo(2);
        });
    }

    // R8: another store's item, another family's item, a sold item and an unknown StockID are unexpected, each saying why
    @Test
    void unexpectedScansSayWhyTheyWereNotExpected() {
        StoreId other = tenants.addStore(tenant, "Other store " + System.nanoTime());
        String elsewhere = ring(other, "1");
        String sold = ring(store, "1");
        as(() -> { ledger.record(idOf(sold), StockLedger.Movement.of(MovementKind.SALE, BigDecimal.ONE.negate(), null, "sale")); return null; });
        Item pearl = new Item(null, 0, store, "Strand", null, null, null, true, LocalDate.of(2026, 11, 1),
                new BigDecimal("80"), null, null, PearlDetails.NONE);
        String pearlId = as(() -> items.get(receiving.receive(pearl, NewStock.one()))).stockId();
        long count = start();
        for (String s : new String[] {elsewhere, sold, pearlId, "99999999"}) scan(count, s);
        assertThat(sheet(count).unexpected()).extracting(CountSheet.Unexpected::reason).containsExactly(
                "Belongs to another store (" + as(() -> jdbc.sql("select name from store where id = ?")
                        .param(other.value()).query(String.class).single()) + ").",
                "Not in stock: sold, returned or scrapped.",
                "A pearl — this count is for jewelry.",
                "No item has this StockID.");
    }

    // R8: a one-of-a-kind item scanned twice counts once; an item held in quantity counts every scan
    @Test
    void aOneOfAKindScannedTwiceCountsOnceAndAQuantityItemCountsEachScan() {
        String single = ring(store, "1");
        String dozen = ring(store, "12");
        long count = start();
        scan(count, single);
        assertThat(scan(count, single).kind()).isEqualTo(ScanningIntoACount.Outcome.Kind.ALREADY_FOUND);
        scan(count, dozen);
        scan(count, dozen);
        as(() -> scanning.scan(count, dozen, new BigDecimal("5")));
        assertThat(sheet(count).found()).extracting(l -> l.counted().stripTrailingZeros().toPlainString())
                .containsExactly("1", "7");
    }

    // R4, R9: finishing writes counted − expected as COUNT movements of the count, and the stored quantities follow
    @Test
    void finishingWritesCountMovementsEqualToTheDifferences() {
        String dozen = ring(store, "12");
        String lost = ring(store, "1");
        String fine = ring(store, "1");
        long count = start();
        as(() -> scanning.scan(count, dozen, new BigDecimal("10")));
        scan(count, fine);
        long number = as(() -> counts.get(count)).number();
        assertThat(as(() -> finishing.finish(count))).extracting(a -> a.difference().stripTrailingZeros().toPlainString())
                .containsExactly("-2", "-1");
        assertThat(as(() -> items.get(idOf(dozen))).quantities().inStock()).isEqualByComparingTo("10");
        assertThat(as(() -> items.get(idOf(lost))).quantities().inStock()).isEqualByComparingTo("0");
        assertThat(as(() -> items.get(idOf(fine))).quantities().inStock()).isEqualByComparingTo("1");
        assertThat(as(() -> ledger.history(idOf(dozen))).getLast()).satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MovementKind.COUNT);
            assertThat(m.inStock()).isEqualByComparingTo("-2");
            assertThat(m.reason()).isEqualTo("Count #" + number);
            assertThat(m.documentType()).isEqualTo("inventory_count");
            assertThat(m.documentId()).isEqualTo(count);
        });
        assertThat(as(() -> ledger.history(idOf(fine)))).extracting(StockLedger.Recorded::kind).containsExactly(MovementKind.RECEIVE);
    }

    // R6, R9: an item sold during the count stays expected, but gets no adjustment — it moved after the snapshot
    @Test
    void anItemThatMovedDuringTheCountGetsNoAdjustment() {
        String soldDuring = ring(store, "1");
        long count = start();
        as(() -> { ledger.record(idOf(soldDuring), StockLedger.Movement.of(MovementKind.SALE, BigDecimal.ONE.negate(), null, "sale")); return null; });
        assertThat(sheet(count).missing()).extracting(CountSheet.Line::stockId).containsExactly(soldDuring);
        assertThat(as(() -> finishing.finish(count))).singleElement().satisfies(a -> assertThat(a.written()).isFalse());
        assertThat(as(() -> ledger.history(idOf(soldDuring)))).extracting(StockLedger.Recorded::kind)
                .containsExactly(MovementKind.RECEIVE, MovementKind.SALE);
    }

    // R4: a finished count is read-only — it refuses scans and a second finish
    @Test
    void aFinishedCountRefusesScans() {
        String a = ring(store, "1");
        long count = start();
        as(() -> finishing.finish(count));
        assertThatThrownBy(() -> scan(count, a)).isInstanceOf(CountIsClosed.class).hasMessageContaining("finished");
        assertThatThrownBy(() -> as(() -> finishing.finish(count))).isInstanceOf(CountIsClosed.class);
    }

    // cancelling an open count writes nothing to stock
    @Test
    void cancellingACountWritesNothing() {
        String a = ring(store, "3");
        long count = start();
        scan(count, a);
        as(() -> { cancelling.cancel(count); return null; });
        assertThat(as(() -> counts.get(count)).status()).isEqualTo(InventoryCount.Status.CANCELLED);
        assertThat(as(() -> items.get(idOf(a))).quantities().inStock()).isEqualByComparingTo("3");
        assertThat(as(() -> ledger.history(idOf(a)))).hasSize(1);
        assertThatThrownBy(() -> scan(count, a)).isInstanceOf(CountIsClosed.class);
    }
}
