package com.jeweltrak.inventory.bulk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Set;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.PriceLadder;
import com.jeweltrak.platform.BusinessRuleViolated;

/**
 * How a bulk price change computes the chosen prices (Pricing Multipliers R9): from the multipliers of the item's
 * store over its cost (R3–R5, R10), or the current price changed by a percentage or by an amount; then rounded.
 * A blank price stays blank under a percentage or an amount (there is nothing to change), and a level the store's
 * ladder leaves blank keeps the item's price (R11: no multiplier means nothing to fill in).
 */
public record PriceRule(Set<PriceLevel> levels, Kind kind, BigDecimal value, Rounding rounding) {

    public enum Kind {
        MULTIPLIERS("From the store's multipliers over cost"), PERCENT("Change by percent"), AMOUNT("Change by amount");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Cents half-up (R10); whole dollars half-up; or the .99 of the same dollar (12.30 → 12.99; a zero price stays 0). */
    public enum Rounding {
        CENTS("To the cent"), WHOLE_DOLLARS("To whole dollars"), NINETY_NINE("To .99 endings");

        private final String label;

        Rounding(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        BigDecimal round(BigDecimal amount) {
            return switch (this) {
                case CENTS -> amount.setScale(2, RoundingMode.HALF_UP);
                case WHOLE_DOLLARS -> amount.setScale(0, RoundingMode.HALF_UP).setScale(2);
                case NINETY_NINE -> amount.signum() == 0 ? amount.setScale(2)
                        : amount.setScale(0, RoundingMode.FLOOR).add(new BigDecimal("0.99"));
            };
        }
    }

    public PriceRule {
        if (levels == null || levels.isEmpty()) throw new BusinessRuleViolated("levels", "Choose at least one price to change.");
        levels = Set.copyOf(EnumSet.copyOf(levels));
        if (kind == null) throw new BusinessRuleViolated("kind", "Choose how the prices change.");
        if (kind != Kind.MULTIPLIERS && value == null) {
            throw new BusinessRuleViolated("value", kind == Kind.PERCENT ? "Enter the percentage (e.g. 10 or -5)."
                    : "Enter the amount (e.g. 25 or -10).");
        }
        rounding = rounding == null ? Rounding.CENTS : rounding;
    }

    /** The new value of one level, not yet rounded; null when the level is left as it is. The ladder is the item's store's. */
    BigDecimal raw(PriceLevel level, Item item, PriceLadder ladder) {
        BigDecimal current = level.of(item.prices());
        return switch (kind) {
            case MULTIPLIERS -> level.of(ladder.pricesFor(item.cost()));
            case PERCENT -> current == null ? null
                    : current.add(current.multiply(value).divide(new BigDecimal(100), 6, RoundingMode.HALF_UP));
            case AMOUNT -> current == null ? null : current.add(value);
        };
    }
}
