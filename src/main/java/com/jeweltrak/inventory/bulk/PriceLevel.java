package com.jeweltrak.inventory.bulk;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import com.jeweltrak.inventory.Item;

/** The four prices a bulk price change may touch (Pricing Multipliers: Price 1, Price 2, Price 3, Retail). */
public enum PriceLevel {
    PRICE1("Price 1"), PRICE2("Price 2"), PRICE3("Price 3"), RETAIL("Retail");

    private final String label;

    PriceLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public BigDecimal of(Item.Prices prices) {
        return switch (this) {
            case PRICE1 -> prices.price1();
            case PRICE2 -> prices.price2();
            case PRICE3 -> prices.price3();
            case RETAIL -> prices.retail();
        };
    }

    static Item.Prices with(Item.Prices prices, Map<PriceLevel, BigDecimal> changed) {
        Map<PriceLevel, BigDecimal> all = new EnumMap<>(PriceLevel.class);
        for (PriceLevel level : values()) all.put(level, changed.containsKey(level) ? changed.get(level) : level.of(prices));
        return new Item.Prices(all.get(PRICE1), all.get(PRICE2), all.get(PRICE3), all.get(RETAIL));
    }
}
