package com.jeweltrak.inventory.tags;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.jeweltrak.inventory.ColoredStoneDetails;
import com.jeweltrak.inventory.DiamondDetails;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.JewelryDetails;
import com.jeweltrak.inventory.PearlDetails;
import com.jeweltrak.inventory.WatchDetails;

/**
 * What one tag says (04-inventory §Printing Barcode Tags R8): the StockID as barcode and text, the retail price,
 * and the lines of the item's family. Blank attributes are left out rather than printed as empty labels.
 */
public record TagContent(String stockId, String price, List<String> lines) {

    public static TagContent of(Item item) {
        return new TagContent(item.stockId(), price(item.prices().retail()), lines(item));
    }

    static String price(BigDecimal retail) {
        if (retail == null) return "";
        return NumberFormat.getCurrencyInstance(Locale.US).format(retail.setScale(2, RoundingMode.HALF_UP));
    }

    private static List<String> lines(Item item) {
        List<String> lines = new ArrayList<>();
        switch (item.details()) {
            case JewelryDetails j -> {
                add(lines, join(j.karat(), j.metal()));
                if (j.metalWeightGrams() != null) lines.add(plain(j.metalWeightGrams()) + " g");
            }
            case DiamondDetails d -> {
                add(lines, join(carats(item), d.shape()));
                add(lines, join(d.color() != null ? d.color() : d.fancyColor(), d.clarity()));
            }
            case ColoredStoneDetails c -> {
                add(lines, c.species());
                add(lines, carats(item));
            }
            case WatchDetails w -> {
                add(lines, join(w.brand(), w.model()));
                if (w.referenceNumber() != null) lines.add("Ref " + w.referenceNumber());
            }
            case PearlDetails p -> {
                add(lines, p.type());
                add(lines, pearlSize(p));
            }
        }
        return List.copyOf(lines);
    }

    private static String carats(Item item) {
        BigDecimal ct = item.quantities().carats();
        return ct == null ? null : ct.setScale(Math.max(2, Math.min(3, ct.stripTrailingZeros().scale())), RoundingMode.HALF_UP) + " ct";
    }

    private static String pearlSize(PearlDetails p) {
        if (p.sizeFromMm() == null) return null;
        if (p.sizeToMm() == null || p.sizeToMm().compareTo(p.sizeFromMm()) == 0) return plain(p.sizeFromMm()) + " mm";
        return plain(p.sizeFromMm()) + "–" + plain(p.sizeToMm()) + " mm";
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String join(String a, String b) {
        if (a == null) return b;
        return b == null ? a : a + " " + b;
    }

    private static void add(List<String> lines, String line) {
        if (line != null && !line.isBlank()) lines.add(line);
    }
}
