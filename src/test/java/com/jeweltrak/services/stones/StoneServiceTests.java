package com.jeweltrak.services.stones;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.inventory.DiamondDetails;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.JewelryDetails;
import com.jeweltrak.inventory.MovementKind;
import com.jeweltrak.inventory.NewStock;
import com.jeweltrak.inventory.OutForService;
import com.jeweltrak.inventory.PearlDetails;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.inventory.StockLedger;
import com.jeweltrak.inventory.stones.CombiningALooseStone;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.sales.memos.MemoFixtures;
import com.jeweltrak.services.IntakeFixtures;
import com.jeweltrak.services.OrderType;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrderStatus;
import com.jeweltrak.services.WorkOrders;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stone services on the real database: 03-services §11 R1–R6. */
@IntegrationTest
class StoneServiceTests {

    static TestTenants.Tenant tenant;
    static ContactId vendor;

    @Autowired SendingAStoneOut sending;
    @Autowired ReturningAStone returning;
    @Autowired StoneServices stoneServices;
    @Autowired WorkOrders workOrders;
    @Autowired Items items;
    @Autowired OutForService outForService;
    @Autowired StockLedger ledger;
    @Autowired ReceivingAnItem receiving;
    @Autowired CombiningALooseStone combining;
    @Autowired com.jeweltrak.inventory.AdjustingStock adjusting;
    @Autowired MemoFixtures memos;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void open(@Autowired TestTenants tenants, @Autowired IntakeFixtures intake) {
        tenant = tenants.open("stoneservices");
        vendor = intake.contact(tenant, "Vera", "Cutter", "vera@cutters.test", ContactRole.VENDOR);
    }

    @Test
    void sendingOutOpensAStoneJobWithOneStageAndFlagsTheStone() {
        // 03-services §11 R4
        ItemId stone = diamond("2500", "1.02");
        WorkOrderId job = sendOut(stone);
        WorkOrder order = as(() -> workOrders.get(job));
        assertThat(order.stockType()).isEqualTo("S");
        assertThat(order.orderType()).isEqualTo(OrderType.REPAIR);
        assertThat(order.customer()).isNull();
        assertThat(order.status()).isEqualTo(WorkOrderStatus.IP);
        assertThat(order.stages()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Recut");
            assertThat(s.vendor()).isEqualTo(vendor);
            assertThat(s.status()).isEqualTo("sent");
            assertThat(s.expectedCost()).isEqualByComparingTo("300");
            assertThat(s.trackingNumber()).isEqualTo("1Z999");
        });
        assertThat(as(() -> outForService.isOut(stone))).isTrue();
        assertThat(as(() -> stoneServices.ofWorkOrder(job)).orElseThrow().item()).isEqualTo(stone);
    }

    @Test
    void theSentDateDefaultsToToday() {
        // 03-services §11 R2
        WorkOrderId job = sendOut(diamond("900", "0.50"));
        assertThat(as(() -> workOrders.get(job)).stages().getFirst().sentDate()).isNotNull();
    }

    @Test
    void sendingOutWritesNoStockMovement() {
        // 03-services §11 R5 (inferred): the stone stays in stock
        ItemId stone = diamond("900", "0.50");
        int before = as(() -> ledger.history(stone)).size();
        sendOut(stone);
        assertThat(as(() -> ledger.history(stone))).hasSize(before);
        assertThat(item(stone).quantities().inStock()).isEqualByComparingTo("1");
    }

    @Test
    void aPearlMayBeSentOut() {
        // 03-services §11 R1: pearls are loose stones too
        ItemId pearl = as(() -> receiving.receive(new Item(null, 0, tenant.store(), "Strand", null, null, null, true,
                LocalDate.of(2026, 11, 1), new BigDecimal("400"), null, null, PearlDetails.NONE), NewStock.one()));
        sendOut(pearl);
        assertThat(as(() -> outForService.isOut(pearl))).isTrue();
    }

    @Test
    void aPieceOfJewelryIsNotSentOutAsAStone() {
        // 03-services §11 R1
        ItemId ring = as(() -> receiving.receive(new Item(null, 0, tenant.store(), "Ring", null, "Band", null, true,
                LocalDate.of(2026, 11, 1), new BigDecimal("100"), null, null,
                new JewelryDetails("Yellow Gold", "14K", null, null, null, "LADIES", "NEW")), NewStock.one()));
        assertThatThrownBy(() -> sendOut(ring)).isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("loose stone");
    }

    @Test
    void aStoneOnMemoIsRefusedUntilTheMemoIsRecalled() {
        // 03-services §11 R3
        ItemId stone = diamond("900", "0.50");
        memos.add(tenant, memos.issue(tenant), stockId(stone));
        assertThatThrownBy(() -> sendOut(stone)).isInstanceOf(BusinessRuleViolated.class)
                .hasMessageContaining("recall the memo first");
        assertThat(as(() -> outForService.isOut(stone))).isFalse();
    }

    @Test
    void aStoneOutForServiceIsNotSentOutAgain() {
        // 03-services §11 R5: no second send-out
        ItemId stone = diamond("900", "0.50");
        sendOut(stone);
        assertThatThrownBy(() -> sendOut(stone)).isInstanceOf(BusinessRuleViolated.class)
                .hasMessageContaining("already out for service");
    }

    @Test
    void aStoneOutForServiceCannotGoOnAnInvoice() {
        // 03-services §11 R5: no invoice line
        ItemId stone = diamond("900", "0.50");
        sendOut(stone);
        assertThatThrownBy(() -> memos.sales.openWith(tenant, stockId(stone))).isInstanceOf(BusinessRuleViolated.class)
                .hasMessageContaining("out for service");
    }

    @Test
    void aStoneOutForServiceCannotGoOnAMemo() {
        // 03-services §11 R5: no memo line
        ItemId stone = diamond("900", "0.50");
        sendOut(stone);
        var memo = memos.issue(tenant);
        assertThatThrownBy(() -> memos.add(tenant, memo, stockId(stone))).isInstanceOf(BusinessRuleViolated.class)
                .hasMessageContaining("out for service");
        assertThat(item(stone).quantities().onMemo()).isEqualByComparingTo("0");
    }

    @Test
    void aStoneOutForServiceCannotBeCombinedIntoASetting() {
        // 03-services §11 R5: no set-stone combine
        ItemId stone = diamond("900", "0.50");
        sendOut(stone);
        ItemId ring = as(() -> receiving.receive(new Item(null, 0, tenant.store(), "Ring", null, "Mounting", null, true,
                LocalDate.of(2026, 11, 1), new BigDecimal("100"), null, null,
                new JewelryDetails("White Gold", "18K", null, null, null, "LADIES", "NEW")), NewStock.one()));
        assertThatThrownBy(() -> as(() -> combining.combine(ring, stone))).isInstanceOf(BusinessRuleViolated.class)
                .hasMessageContaining("out for service");
    }

    @Test
    void aStoneOutForServiceCannotBeReturnedToItsVendor() {
        // 03-services §11 R5: no vendor return
        ItemId stone = diamond("900", "0.50");
        sendOut(stone);
        assertThatThrownBy(() -> move(stone, MovementKind.VENDOR_RETURN)).isInstanceOf(BusinessRuleViolated.class)
                .hasMessageContaining("out for service");
    }

    @Test
    void aStoneOutForServiceCannotBeScrapped() {
        // 03-services §11 R5: no scrap
        ItemId stone = diamond("900", "0.50");
        sendOut(stone);
        assertThatThrownBy(() -> move(stone, MovementKind.SCRAP)).isInstanceOf(BusinessRuleViolated.class)
                .hasMessageContaining("out for service");
        assertThat(item(stone).quantities().inStock()).isEqualByComparingTo("1");
    }

    @Test
    void aStoneOutForServiceCannotBeTakenOutOfStockByHand() {
        // 03-services §11 R5: a hand adjustment down ("broke one") is a scrap by another name
        ItemId stone = diamond("900", "0.50");
        sendOut(stone);
        assertThatThrownBy(() -> as(() -> {
            adjusting.adjust(stone, BigDecimal.ONE.negate(), null, "Chipped");
            return null;
        })).isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("out for service");
    }

    @Test
    void theReturnUpdatesTheCaratsThroughTheStockLedger() {
        // 03-services §11 R6: new carat weight
        ItemId stone = diamond("2500", "1.02");
        WorkOrderId job = sendOut(stone);
        as(() -> {
            returning.receive(job, new BigDecimal("0.97"), new BigDecimal("250"));
            return null;
        });
        assertThat(item(stone).quantities().carats()).isEqualByComparingTo("0.97");
        assertThat(as(() -> ledger.history(stone)).getLast()).satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MovementKind.ADJUST);
            assertThat(m.carats()).isEqualByComparingTo("-0.05");
            assertThat(m.inStock()).isEqualByComparingTo("0");
        });
    }

    @Test
    void theReturnAddsTheActualCostToTheStonesCostAndClearsTheFlag() {
        // 03-services §11 R6: cost basis, OutForService cleared
        ItemId stone = diamond("2500", "1.02");
        WorkOrderId job = sendOut(stone);
        as(() -> {
            returning.receive(job, null, new BigDecimal("250"));
            return null;
        });
        assertThat(item(stone).cost()).isEqualByComparingTo("2750");
        assertThat(item(stone).quantities().carats()).isEqualByComparingTo("1.02");
        assertThat(as(() -> outForService.isOut(stone))).isFalse();
    }

    @Test
    void theReturnMarksTheStageReturnedWithItsCostAndClosesTheJob() {
        // 03-services §11 R6
        WorkOrderId job = sendOut(diamond("900", "0.50"));
        as(() -> {
            returning.receive(job, null, new BigDecimal("80"));
            return null;
        });
        WorkOrder order = as(() -> workOrders.get(job));
        assertThat(order.stages().getFirst().status()).isEqualTo("returned");
        assertThat(order.stages().getFirst().actualCost()).isEqualByComparingTo("80");
        assertThat(order.status()).isEqualTo(WorkOrderStatus.CLOSED);
    }

    @Test
    void aStoneIsReturnedOnlyOnce() {
        // 03-services §11 R6
        WorkOrderId job = sendOut(diamond("900", "0.50"));
        as(() -> {
            returning.receive(job, null, BigDecimal.ZERO);
            return null;
        });
        assertThatThrownBy(() -> as(() -> {
            returning.receive(job, null, BigDecimal.ONE);
            return null;
        })).isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("already back");
    }

    @Test
    void aReturnedStoneMayBeInvoicedAgain() {
        // 03-services §11 R5: the refusals last only while the stone is out
        ItemId stone = diamond("900", "0.50");
        WorkOrderId job = sendOut(stone);
        as(() -> {
            returning.receive(job, null, BigDecimal.ZERO);
            return null;
        });
        assertThat(memos.sales.openWith(tenant, stockId(stone))).isNotNull();
    }

    private WorkOrderId sendOut(ItemId stone) {
        return as(() -> sending.send(stone, new SendOut(vendor, StoneServiceKind.RECUT, null, LocalDate.now().plusDays(14),
                new BigDecimal("300"), "1Z999", "Keep the girdle inscription")));
    }

    private void move(ItemId stone, MovementKind kind) {
        as(() -> transactions.execute(s -> {
            ledger.record(stone, new StockLedger.Movement(kind, BigDecimal.ONE.negate(), null, null, "Test", null, null));
            return null;
        }));
    }

    private ItemId diamond(String cost, String carats) {
        return as(() -> receiving.receive(new Item(null, 0, tenant.store(), "Loose", null, null, null, true,
                LocalDate.of(2026, 11, 1), new BigDecimal(cost), null, null,
                new DiamondDetails("WHITE", "Round", "G", null, "VS1", "EXCELLENT", "EXCELLENT", "EXCELLENT", "NONE",
                        null, null, null, null, null, null, null, "NATURAL", 1)),
                new NewStock(BigDecimal.ONE, new BigDecimal(carats))));
    }

    private Item item(ItemId id) {
        return as(() -> items.get(id));
    }

    private String stockId(ItemId id) {
        return item(id).stockId();
    }

    private <T> T as(Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), work);
    }
}
