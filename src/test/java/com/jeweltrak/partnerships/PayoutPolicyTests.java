package com.jeweltrak.partnerships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.BusinessRuleViolated;
import org.junit.jupiter.api.Test;

/** Every worked number of the Partnerships article, 02-sales §Partnerships and decision 3. */
class PayoutPolicyTests {

    static final ContactId A = new ContactId(1);
    static final ContactId B = new ContactId(2);

    static BigDecimal m(String v) {
        return new BigDecimal(v);
    }

    static PartnerShare owner(ContactId c, String pct) {
        return new PartnerShare(c, ShareKind.OWNER, m(pct), false);
    }

    static PartnerShare profitOnly(ContactId c, String pct) {
        return new PartnerShare(c, ShareKind.PROFIT_ONLY, m(pct), false);
    }

    /** Decision 3's partnership: PV 10,000 (Actual Cost 8,000), A Owner 40 %, B Profit Only 10 %. */
    static final List<PartnerShare> A40_B10 = List.of(owner(A, "40"), profitOnly(B, "10"));

    @Test
    void poolIsSalePriceLessTradeConcessionLessPartnershipValue() {
        // 02-sales §Partnerships R5, decision 3: 16,000 − 1,000 − 10,000 = 5,000
        var split = PayoutPolicy.split(m("10000"), m("16000"), m("1000"), A40_B10);
        assertThat(split.pool()).isEqualByComparingTo("5000");
    }

    @Test
    void ownerPartnerRecoversCostShareAndTakesPoolShare() {
        // 02-sales §Partnerships R6: A = 10,000 × 40 % + 5,000 × 40 % = 6,000
        var split = PayoutPolicy.split(m("10000"), m("16000"), m("1000"), A40_B10);
        assertThat(split.suggestions().get(0).payout()).isEqualByComparingTo("6000.00");
        assertThat(split.suggestions().get(0).costPaidAmount()).isEqualByComparingTo("4000.00");
    }

    @Test
    void profitOnlyPartnerTakesPoolShareOnly() {
        // 02-sales §Partnerships R6: B = 5,000 × 10 % = 500, no cost claim
        var split = PayoutPolicy.split(m("10000"), m("16000"), m("1000"), A40_B10);
        assertThat(split.suggestions().get(1).payout()).isEqualByComparingTo("500.00");
        assertThat(split.suggestions().get(1).costPaidAmount()).isEqualByComparingTo("0");
    }

    @Test
    void storeKeepsTheRealisedPriceLessPayouts() {
        // 02-sales §Partnerships R9, decision 3: 15,000 − 6,500 = 8,500
        var split = PayoutPolicy.split(m("10000"), m("16000"), m("1000"), A40_B10);
        assertThat(split.storeKeeps()).isEqualByComparingTo("8500.00");
    }

    @Test
    void negativePoolIsBorneByOwnerPartnersByTheirPercent() {
        // decision 3: sold 9,000 → pool −1,000; A = 4,000 − 400 = 3,600
        var split = PayoutPolicy.split(m("10000"), m("9000"), BigDecimal.ZERO, A40_B10);
        assertThat(split.pool()).isEqualByComparingTo("-1000");
        assertThat(split.suggestions().get(0).payout()).isEqualByComparingTo("3600.00");
    }

    @Test
    void profitOnlyPartnerNeverGoesBelowZero() {
        // decision 3: B = 0.00 (floor) on a negative pool
        var split = PayoutPolicy.split(m("10000"), m("9000"), BigDecimal.ZERO, A40_B10);
        assertThat(split.suggestions().get(1).payout()).isEqualByComparingTo("0.00");
    }

    @Test
    void storeKeepsTheRestOnALoss() {
        // decision 3: 9,000 − 3,600 = 5,400
        var split = PayoutPolicy.split(m("10000"), m("9000"), BigDecimal.ZERO, A40_B10);
        assertThat(split.storeKeeps()).isEqualByComparingTo("5400.00");
    }

    @Test
    void ownerPartnerPayoutNeverGoesBelowZeroOnAHugeLoss() {
        // 02-sales §Partnerships R6: a loss larger than the whole value leaves the owner partner 0.00, never a claim
        var split = PayoutPolicy.split(m("10000"), m("0"), BigDecimal.ZERO, A40_B10);
        assertThat(split.suggestions().get(0).payout()).isEqualByComparingTo("0.00");
    }

    @Test
    void fiftyFiftyBasisIsHalfThePartnershipValue() {
        // article "Sell to Partner": Line Cost = 10,000 × 50 / 100 = 5,000
        var partnership = partnership(null, List.of(owner(A, "50")));
        assertThat(partnership.primaryCostValue(m("10000"))).isEqualByComparingTo("5000");
        assertThat(PayoutPolicy.capital(m("10000"), owner(A, "50"))).isEqualByComparingTo("5000");
    }

    @Test
    void basisUsesTheStoreOwnerPercentOnly() {
        // 02-sales §Partnerships R2: store cost % = 100 − Σ Owner % (Profit Only claims no cost): 10,000 × 60 % = 6,000
        var partnership = partnership(m("10000"), A40_B10);
        assertThat(partnership.storeCostPercent()).isEqualByComparingTo("60");
        assertThat(partnership.primaryCostValue(m("8000"))).isEqualByComparingTo("6000");
    }

    @Test
    void partnershipValueDefaultsToTheItemCost() {
        // decision 3: PartnershipValue = ActualCost when not set
        assertThat(partnership(null, A40_B10).value(m("8000"))).isEqualByComparingTo("8000");
        assertThat(partnership(m("10000"), A40_B10).value(m("8000"))).isEqualByComparingTo("10000");
    }

    @Test
    void totalOwnerProfitValueIsRealisedLessSuggestionsLessBasis() {
        // 02-sales §Partnerships R9: 15,000 − 6,500 − 6,000 = 2,500
        var split = PayoutPolicy.split(m("10000"), m("16000"), m("1000"), A40_B10);
        assertThat(split.primaryCostValue()).isEqualByComparingTo("6000");
        assertThat(split.totalOwnerProfitValue()).isEqualByComparingTo("2500.00");
    }

    @Test
    void totalOwnerProfitActualFollowsWhatWasPaid() {
        // 02-sales §Partnerships R9: paying A 250 less ("$250 trade discount applied per agreement") raises the store's
        // realised profit by 250: 15,000 − 6,250 − 6,000 = 2,750
        var split = PayoutPolicy.split(m("10000"), m("16000"), m("1000"), A40_B10);
        assertThat(split.totalOwnerProfitActual(m("6250"))).isEqualByComparingTo("2750.00");
    }

    @Test
    void suggestionsRoundHalfUpToCents() {
        // decision 10: 4 dp inside, HALF_UP to cents: pool 1,000.01 × 33.3333 % = 333.3366… → 333.34
        var split = PayoutPolicy.split(m("0"), m("1000.01"), BigDecimal.ZERO, List.of(profitOnly(A, "33.3333")));
        assertThat(split.suggestions().get(0).payout()).isEqualByComparingTo("333.34");
    }

    @Test
    void splitsOverOneHundredPercentAreRefusedWithTheNumbers() {
        // 02-sales §Partnerships R2, issue 8 bad input: splits over 100 %
        assertThatThrownBy(() -> Partnership.checkSplits(List.of(owner(A, "60"), profitOnly(B, "45"))))
                .isInstanceOf(BusinessRuleViolated.class)
                .hasMessageContaining("105 %").hasMessageContaining("Owner 60 %").hasMessageContaining("Profit Only 45 %");
    }

    @Test
    void splitsOfExactlyOneHundredPercentAreAllowed() {
        // 02-sales §Partnerships R2: Σ ≤ 100
        Partnership.checkSplits(List.of(owner(A, "60"), profitOnly(B, "40")));
    }

    @Test
    void aContactListedTwiceIsRefused() {
        // 02-sales §Partnerships R2: one row per partner
        assertThatThrownBy(() -> Partnership.checkSplits(List.of(owner(A, "10"), profitOnly(A, "10"))))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("twice");
    }

    @Test
    void twoSellingPartnersAreRefused() {
        // article: "flag the partner who is making the sale" — one
        assertThatThrownBy(() -> Partnership.checkSplits(List.of(new PartnerShare(A, ShareKind.OWNER, m("10"), true),
                new PartnerShare(B, ShareKind.OWNER, m("10"), true))))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("Selling Partner");
    }

    @Test
    void setUpIsFrozenWhileSoldOrPaid() {
        // 02-sales §Partnerships R10: the figures a reconciliation uses do not move under it
        assertThatThrownBy(() -> partnership(null, A40_B10, PartnershipStatus.SOLD).checkSetUpEditable())
                .isInstanceOf(PartnershipNotInThatState.class);
        assertThatThrownBy(() -> partnership(null, A40_B10, PartnershipStatus.PAID).checkSetUpEditable())
                .isInstanceOf(PartnershipNotInThatState.class);
    }

    static Partnership partnership(BigDecimal value, List<PartnerShare> partners) {
        return partnership(value, partners, PartnershipStatus.ACTIVE);
    }

    static Partnership partnership(BigDecimal value, List<PartnerShare> partners, PartnershipStatus status) {
        return new Partnership(new PartnershipId(1), new com.jeweltrak.inventory.ItemId(1), 1, status, value, partners, null);
    }
}
