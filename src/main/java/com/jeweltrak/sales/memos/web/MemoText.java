package com.jeweltrak.sales.memos.web;

import java.math.BigDecimal;

/** How memo pages write quantities and money. */
public final class MemoText {

    private MemoText() {
    }

    public static String units(BigDecimal quantity) {
        return quantity == null ? "" : quantity.signum() == 0 ? "0" : quantity.stripTrailingZeros().toPlainString();
    }

    public static String money(BigDecimal amount) {
        return amount == null ? null : String.format("%,.2f", amount);
    }
}
