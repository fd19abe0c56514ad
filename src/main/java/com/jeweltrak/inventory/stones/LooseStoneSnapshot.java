package com.jeweltrak.inventory.stones;

import java.math.BigDecimal;

import com.jeweltrak.inventory.AllowedValues;
import com.jeweltrak.inventory.ColoredStoneDetails;
import com.jeweltrak.inventory.DiamondDetails;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.PearlDetails;
import com.jeweltrak.platform.BusinessRuleViolated;

/** A loose stone's grading as a set-stone row keeps it (R4: a locked snapshot taken when it is combined). */
final class LooseStoneSnapshot {

    private LooseStoneSnapshot() {
    }

    static SetStoneDetails of(Item loose) {
        BigDecimal carats = loose.quantities().carats() == null || loose.quantities().carats().signum() <= 0
                ? null : loose.quantities().carats();
        return switch (loose.details()) {
            case DiamondDetails d -> "FANCY".equals(d.colorClass())
                    ? new SetStoneDetails(StoneCategory.FANCY_DIAMOND, "Diamond", 1, carats, d.shape(), null, d.clarity(),
                            d.fancyColor(), null, lab(d.lab()), d.certNumber())
                    : new SetStoneDetails(StoneCategory.WHITE_DIAMOND, "Diamond", 1, carats, d.shape(), d.color(), d.clarity(),
                            null, null, lab(d.lab()), d.certNumber());
            case ColoredStoneDetails c -> new SetStoneDetails(StoneCategory.COLORED_STONE, c.species(), 1, carats,
                    c.shape(), c.color(), c.clarity(), null, null, lab(c.lab()), c.certNumber());
            case PearlDetails p -> new SetStoneDetails(StoneCategory.PEARL,
                    p.type() == null ? "Pearl" : AllowedValues.label(AllowedValues.PEARL_TYPES, p.type()) + " pearl", 1, null,
                    AllowedValues.label(AllowedValues.PEARL_SHAPES, p.shape()), null, null, null, p.sizeFromMm(), null, null);
            default -> throw new BusinessRuleViolated("stockId", "StockID " + loose.stockId() + " is a "
                    + loose.family().label().toLowerCase(java.util.Locale.ROOT)
                    + "; only a loose diamond, colored stone or pearl can be combined.");
        };
    }

    private static String lab(String lab) {
        return lab == null || "NONE".equals(lab) ? null : lab;
    }
}
