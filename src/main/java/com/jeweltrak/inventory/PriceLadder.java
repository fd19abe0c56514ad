package com.jeweltrak.inventory;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.jeweltrak.platform.BusinessRuleViolated;

/**
 * A store's markups (04-inventory §Inventory Pricing Multipliers): Price 1 from cost (R3); Price 2, Price 3 and
 * Retail each from cost or from the level before (R4, R5). Each level is rounded to cents half-up and a stacked
 * level multiplies the rounded previous level (R10); a level without a multiplier (blank or 0) stays blank (R11)
 * — and a level stacked on a blank level is blank too, there being nothing to multiply.
 */
public record PriceLadder(BigDecimal p1, Step p2, Step p3, Step retail) {

    /** What a level multiplies: the item's cost or the level just before it (the "cascade rule"). */
    public enum Base { COST, PREVIOUS }

    /** One level after Price 1: its multiplier (null = none) and its base. */
    public record Step(BigDecimal multiplier, Base base) {
        public Step {
            base = base == null ? Base.COST : base;
        }
    }

    public static final PriceLadder NONE = new PriceLadder(null, null, null, null);

    public PriceLadder {
        p2 = p2 == null ? new Step(null, Base.COST) : p2;
        p3 = p3 == null ? new Step(null, Base.COST) : p3;
        retail = retail == null ? new Step(null, Base.COST) : retail;
        check("p1Multiplier", p1);
        check("p2Multiplier", p2.multiplier());
        check("p3Multiplier", p3.multiplier());
        check("retailMultiplier", retail.multiplier());
    }

    /** The four prices for a cost; null levels are blank. */
    public Item.Prices pricesFor(BigDecimal cost) {
        if (cost == null) return Item.Prices.NONE;
        BigDecimal price1 = times(cost, p1);
        BigDecimal price2 = level(cost, price1, p2);
        BigDecimal price3 = level(cost, price2, p3);
        BigDecimal retailPrice = level(cost, price3, retail);
        return new Item.Prices(price1, price2, price3, retailPrice);
    }

    /**
     * The prices left blank on a draft filled from this ladder; prices typed in are kept (R6, R7). The filled
     * levels are the ladder over the cost — what the form suggested — not stacked on a typed level.
     */
    public Item.Prices fillBlanks(Item.Prices typed, BigDecimal cost) {
        Item.Prices suggested = pricesFor(cost);
        Item.Prices given = typed == null ? Item.Prices.NONE : typed;
        return new Item.Prices(or(given.price1(), suggested.price1()), or(given.price2(), suggested.price2()),
                or(given.price3(), suggested.price3()), or(given.retail(), suggested.retail()));
    }

    private static BigDecimal level(BigDecimal cost, BigDecimal previous, Step step) {
        return times(step.base() == Base.COST ? cost : previous, step.multiplier());
    }

    private static BigDecimal times(BigDecimal base, BigDecimal multiplier) {
        if (base == null || multiplier == null || multiplier.signum() == 0) return null;
        return base.multiply(multiplier).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal or(BigDecimal first, BigDecimal second) {
        return first != null ? first : second;
    }

    private static void check(String field, BigDecimal multiplier) {
        if (multiplier == null) return;
        if (multiplier.signum() < 0) throw new BusinessRuleViolated(field, "A multiplier cannot be below zero.");
        if (multiplier.compareTo(new BigDecimal("9999")) > 0) {
            throw new BusinessRuleViolated(field, "A multiplier is a plain number like 2.5; this one is too large.");
        }
        if (multiplier.stripTrailingZeros().scale() > 4) {
            throw new BusinessRuleViolated(field, "Enter the multiplier with at most 4 decimals.");
        }
    }
}
