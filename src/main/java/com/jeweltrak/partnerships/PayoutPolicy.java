package com.jeweltrak.partnerships;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Decision 3 as one small policy (02-sales §Partnerships R5, R6, R9): profit pool = sale price − trade concession −
 * Partnership Value; an Owner-% partner is suggested PV × % + pool × % (a loss shared by their %, never below 0.00); a
 * Profit-Only partner max(0, pool × %). Kept to 4 dp, suggestions rounded HALF_UP to cents (decision 10).
 */
public final class PayoutPolicy {

    private PayoutPolicy() {
    }

    /** One partner's suggestion: the capital they funded (CostPaidAmount) and what the formula pays them. */
    public record Suggestion(PartnerShare share, BigDecimal costPaidAmount, BigDecimal payout) {
    }

    /**
     * The split of one sale. {@code realised} = sale price − trade concession (what the store really got);
     * {@code primaryCostValue} the store's basis; {@link #storeKeeps()} what stays after the suggested payouts.
     */
    public record Split(BigDecimal partnershipValue, BigDecimal realised, BigDecimal pool, BigDecimal primaryCostValue,
                        List<Suggestion> suggestions) {

        public BigDecimal suggestedTotal() {
            return suggestions.stream().map(Suggestion::payout).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** R9: the tenant keeps the realised price less what the partners are paid. */
        public BigDecimal storeKeeps() {
            return cents(realised.subtract(suggestedTotal()));
        }

        /** TotalOwnerProfitValue: realised − Σ suggested − PrimaryCostValue. */
        public BigDecimal totalOwnerProfitValue() {
            return cents(realised.subtract(suggestedTotal()).subtract(primaryCostValue));
        }

        /** TotalOwnerProfitActual: the same with what was actually paid. */
        public BigDecimal totalOwnerProfitActual(BigDecimal paidTotal) {
            return cents(realised.subtract(paidTotal).subtract(primaryCostValue));
        }
    }

    public static Split split(BigDecimal partnershipValue, BigDecimal salePrice, BigDecimal tradeConcession,
                              List<PartnerShare> partners) {
        BigDecimal realised = inside(salePrice.subtract(tradeConcession == null ? BigDecimal.ZERO : tradeConcession));
        BigDecimal pool = inside(realised.subtract(partnershipValue));
        List<Suggestion> suggestions = partners.stream().map(p -> {
            BigDecimal capital = capital(partnershipValue, p);
            BigDecimal payout = p.owner() ? capital.add(pool.multiply(p.fraction())) : pool.multiply(p.fraction());
            return new Suggestion(p, cents(capital), cents(payout.max(BigDecimal.ZERO)));
        }).toList();
        BigDecimal storeCost = Partnership.HUNDRED.subtract(Partnership.sum(partners, ShareKind.OWNER));
        BigDecimal primaryCost = partnershipValue.multiply(storeCost).divide(Partnership.HUNDRED, 4, RoundingMode.HALF_UP);
        return new Split(partnershipValue, realised, pool, primaryCost, suggestions);
    }

    /** CostPaidAmount: the share of the Partnership Value an Owner-% partner funded; 0 for Profit Only. */
    public static BigDecimal capital(BigDecimal partnershipValue, PartnerShare p) {
        return p.owner() ? inside(partnershipValue.multiply(p.fraction())) : BigDecimal.ZERO.setScale(4);
    }

    static BigDecimal inside(BigDecimal amount) {
        return amount.setScale(4, RoundingMode.HALF_UP);
    }

    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
