package com.jeweltrak.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How a column's values read and export. Money shows in cents rounded half-up (C10: kept to 4 dp, rounded once when
 * shown); a percentage with nothing to divide by comes from SQL as null and shows "—" (C10).
 */
public enum ColumnKind {
    TEXT, DATE, MONEY, COUNT, QUANTITY, PERCENT, BADGE;

    public boolean numeric() {
        return this == MONEY || this == COUNT || this == QUANTITY || this == PERCENT;
    }

    /** What a cell shows. */
    public String format(Object value) {
        if (value == null) return this == PERCENT ? "—" : "";
        return switch (this) {
            case MONEY -> money().format(decimal(value).setScale(2, RoundingMode.HALF_UP));
            case PERCENT -> money().format(decimal(value).setScale(2, RoundingMode.HALF_UP)) + " %";
            case COUNT -> whole().format(decimal(value));
            case QUANTITY -> decimal(value).stripTrailingZeros().toPlainString();
            default -> value.toString();
        };
    }

    /** What an export writes: numbers stay numbers (rounded as shown), everything else is text. */
    public Object exportValue(Object value) {
        if (value == null) return null;
        return switch (this) {
            case MONEY, PERCENT -> decimal(value).setScale(2, RoundingMode.HALF_UP);
            case COUNT, QUANTITY -> decimal(value).stripTrailingZeros();
            default -> value.toString();
        };
    }

    static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal d) return d;
        if (value instanceof Number n) return new BigDecimal(n.toString());
        return new BigDecimal(value.toString());
    }

    private static DecimalFormat money() {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    private static DecimalFormat whole() {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
    }
}
