package com.jeweltrak.inventory.stones;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.MovementKind;
import com.jeweltrak.inventory.NotEnoughStock;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.inventory.StockLedger;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Set stones on the real database: manual rows by category, combining loose stones and reversing (04-inventory §Set Stones). */
@IntegrationTest
class SetStonesTests {

    static StoneFixtures fixtures;

    @Autowired AddingASetStone adding;
    @Autowired CombiningALooseStone combining;
    @Autowired SetStones stones;
    @Autowired Items items;
    @Autowired StockLedger ledger;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired ReceivingAnItem receiving,
                           @Autowired TransactionTemplate transactions) {
        fixtures = new StoneFixtures(tenants.open("set-stones"), receiving, transactions);
    }

    private static SetStoneDetails stone(StoneCategory category, String carats, String color, String clarity, String fancy) {
        return new SetStoneDetails(category, null, 1, carats == null ? null : new BigDecimal(carats), "Round", color, clarity,
                fancy, null, null, null);
    }

    // §Set Stones R6: a pearl is not weighed in carats and has neither clarity nor D–Z color
    @Test
    void aPearlRefusesCaratWeightClarityAndColor() {
        assertThatThrownBy(() -> stone(StoneCategory.PEARL, "0.5", null, null, null))
                .isInstanceOf(BusinessRuleViolated.class).extracting("field").isEqualTo("caratWeight");
        assertThatThrownBy(() -> stone(StoneCategory.PEARL, null, null, "VS1", null))
                .isInstanceOf(BusinessRuleViolated.class).extracting("field").isEqualTo("clarity");
        assertThatThrownBy(() -> stone(StoneCategory.PEARL, null, "G", null, null))
                .isInstanceOf(BusinessRuleViolated.class).extracting("field").isEqualTo("color");
        assertThat(new SetStoneDetails(StoneCategory.PEARL, null, 1, null, "Round", null, null, null, new BigDecimal("7.5"),
                null, null).type()).isEqualTo("Pearl");
    }

    // §Set Stones R7, R8: a fancy diamond has a fancy color instead of D–Z; a colored stone never a fancy color
    @Test
    void aFancyDiamondRefusesALetterColorAndAColoredStoneAFancyColor() {
        assertThatThrownBy(() -> stone(StoneCategory.FANCY_DIAMOND, "1.0", "D", "VS1", null))
                .isInstanceOf(BusinessRuleViolated.class).extracting("field").isEqualTo("color");
        assertThat(stone(StoneCategory.FANCY_DIAMOND, "1.0", null, "VS1", "Fancy Vivid Yellow").fancyColor())
                .isEqualTo("Fancy Vivid Yellow");
        assertThatThrownBy(() -> new SetStoneDetails(StoneCategory.COLORED_STONE, "Ruby", 1, null, null, "Red", null,
                "Fancy Red", null, null, null)).isInstanceOf(BusinessRuleViolated.class).extracting("field").isEqualTo("fancyColor");
    }

    // §Set Stones table and R5: the type defaults by category, a colored stone's species is typed, ct wt above zero
    @Test
    void theCategoryDecidesTheTypeAndTheCaratWeightMustBeAboveZero() {
        assertThat(stone(StoneCategory.WHITE_DIAMOND, "0.25", "G", "vs1", null))
                .satisfies(d -> assertThat(d.type()).isEqualTo("Diamond"))
                .satisfies(d -> assertThat(d.clarity()).isEqualTo("VS1"));
        assertThatThrownBy(() -> stone(StoneCategory.COLORED_STONE, "1", null, null, null))
                .isInstanceOf(BusinessRuleViolated.class).extracting("field").isEqualTo("type");
        assertThatThrownBy(() -> stone(StoneCategory.WHITE_DIAMOND, "0", null, null, null))
                .isInstanceOf(BusinessRuleViolated.class).extracting("field").isEqualTo("caratWeight");
        assertThatThrownBy(() -> stone(StoneCategory.WHITE_DIAMOND, "0.3", "Q+", null, null))
                .isInstanceOf(BusinessRuleViolated.class).extracting("field").isEqualTo("color");
    }

    // §Set Stones R1: only jewelry and watches hold set stones
    @Test
    void aLooseDiamondCannotHoldSetStones() {
        ItemId loose = fixtures.diamond("100", "0.30", null);
        assertThatThrownBy(() -> fixtures.as(() -> adding.add(loose, stone(StoneCategory.WHITE_DIAMOND, "0.1", null, null, null))))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("Only jewelry and watches");
    }

    // §Set Stones R5, R10: a manual stone is added, edited by clicking its row, and removed
    @Test
    void aManualStoneIsAddedEditedAndRemoved() {
        ItemId ring = fixtures.ring("400");
        long id = fixtures.as(() -> adding.add(ring, stone(StoneCategory.WHITE_DIAMOND, "0.10", "H", "SI1", null)));
        fixtures.run(() -> adding.edit(ring, id, stone(StoneCategory.WHITE_DIAMOND, "0.12", "G", "SI1", null)));
        assertThat(fixtures.as(() -> stones.get(ring, id)).details().caratWeight()).isEqualByComparingTo("0.12");
        fixtures.run(() -> adding.remove(ring, id));
        assertThat(fixtures.as(() -> stones.of(ring))).isEmpty();
        assertThat(fixtures.as(() -> items.get(ring)).cost()).isEqualByComparingTo("400");
    }

    // §Set Stones R2, R4, R15: combining consumes the loose stone (CONSUME, document = the parent) and adds its cost;
    // reversing releases it (RELEASE) and takes the same cost back
    @Test
    void combiningConsumesTheLooseStoneAndAddsItsCostAndReversingUndoesBoth() {
        ItemId ring = fixtures.ring("400");
        ItemId loose = fixtures.diamond("2500", "0.52", "2141438171");
        long id = fixtures.as(() -> combining.combine(ring, loose));

        assertThat(fixtures.as(() -> items.get(ring)).cost()).isEqualByComparingTo("2900");
        assertThat(fixtures.as(() -> items.get(loose)).quantities())
                .satisfies(q -> assertThat(q.inStock()).isEqualByComparingTo("0"))
                .satisfies(q -> assertThat(q.carats()).isEqualByComparingTo("0"));
        assertThat(fixtures.as(() -> ledger.history(loose)).getLast()).satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MovementKind.CONSUME);
            assertThat(m.inStock()).isEqualByComparingTo("-1");
            assertThat(m.carats()).isEqualByComparingTo("-0.52");
            assertThat(m.documentType()).isEqualTo("item");
            assertThat(m.documentId()).isEqualTo(ring.value());
        });
        SetStone row = fixtures.as(() -> stones.get(ring, id));
        assertThat(row.locked()).isTrue();
        assertThat(row.details().caratWeight()).isEqualByComparingTo("0.52");
        assertThat(row.details().certNumber()).isEqualTo("2141438171");

        fixtures.run(() -> combining.reverse(ring, id));
        assertThat(fixtures.as(() -> items.get(ring)).cost()).isEqualByComparingTo("400");
        assertThat(fixtures.as(() -> items.get(loose)).quantities())
                .satisfies(q -> assertThat(q.inStock()).isEqualByComparingTo("1"))
                .satisfies(q -> assertThat(q.carats()).isEqualByComparingTo("0.52"));
        assertThat(fixtures.as(() -> ledger.history(loose)).getLast().kind()).isEqualTo(MovementKind.RELEASE);
        assertThat(fixtures.as(() -> stones.of(ring))).isEmpty();
    }

    // §Set Stones R4: a combined row is a locked snapshot: not edited, not removed, only reversed
    @Test
    void aCombinedStoneIsLocked() {
        ItemId ring = fixtures.ring("400");
        long id = fixtures.as(() -> combining.combine(ring, fixtures.diamond("900", "0.20", null)));
        assertThatThrownBy(() -> fixtures.run(() -> adding.edit(ring, id, stone(StoneCategory.WHITE_DIAMOND, "0.3", null, null, null))))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("cannot be edited");
        assertThatThrownBy(() -> fixtures.run(() -> adding.remove(ring, id)))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("Reverse");
    }

    // §Set Stones R2, decision 11: a loose stone with none in stock is refused, naming it and what is there
    @Test
    void combiningAStoneThatIsOutOfStockIsRefused() {
        ItemId loose = fixtures.diamond("900", "0.20", null);
        fixtures.as(() -> combining.combine(fixtures.ring("100"), loose));
        ItemId other = fixtures.ring("100");
        assertThatThrownBy(() -> fixtures.as(() -> combining.combine(other, loose)))
                .isInstanceOf(NotEnoughStock.class).hasMessageContaining("has 0 in stock");
        assertThat(fixtures.as(() -> items.get(other)).cost()).isEqualByComparingTo("100");
    }

    // §Set Stones R2 (one stone per row): a parcel of several stones is not combined whole
    @Test
    void aParcelOfSeveralStonesIsRefused() {
        ItemId parcel = fixtures.ruby("600", "3");
        assertThatThrownBy(() -> fixtures.as(() -> combining.combine(fixtures.ring("100"), parcel)))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("holds 3 pieces");
    }

    // §Set Stones R14 (hook): once the parent has none in stock — sold — its stones are not taken back
    @Test
    void reversingIsRefusedWhenTheParentHasNoneInStock() {
        ItemId ring = fixtures.ring("100");
        long id = fixtures.as(() -> combining.combine(ring, fixtures.diamond("900", "0.20", null)));
        fixtures.run(() -> ledger.record(ring, StockLedger.Movement.of(MovementKind.SALE, new BigDecimal("-1"), null, "Sold")));
        assertThatThrownBy(() -> fixtures.run(() -> combining.reverse(ring, id)))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("none in stock");
    }

    // §Set Stones R2, design §4: two people combining the same stone at once — exactly one wins
    @Test
    void twoPeopleCombiningTheSameStoneAtOnceEndWithOneWinner() throws Exception {
        ItemId loose = fixtures.diamond("1000", "0.40", null);
        List<ItemId> rings = List.of(fixtures.ring("100"), fixtures.ring("100"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> attempts = new ArrayList<>();
        for (ItemId ring : rings) {
            attempts.add(pool.submit(() -> {
                start.await();
                try {
                    fixtures.as(() -> combining.combine(ring, loose));
                    return true;
                } catch (BusinessRuleViolated refused) {
                    return false;
                }
            }));
        }
        start.countDown();
        int won = 0;
        for (Future<Boolean> attempt : attempts) won += attempt.get() ? 1 : 0;
        pool.shutdown();
        assertThat(won).isEqualTo(1);
        assertThat(fixtures.as(() -> items.get(loose)).quantities().inStock()).isEqualByComparingTo("0");
        assertThat(rings.stream().mapToInt(r -> fixtures.as(() -> stones.of(r)).size()).sum()).isEqualTo(1);
        assertThat(rings.stream().map(r -> fixtures.as(() -> items.get(r)).cost()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("1200");
    }
}
