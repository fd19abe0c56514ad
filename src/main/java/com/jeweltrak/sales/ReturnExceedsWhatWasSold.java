package com.jeweltrak.sales;

import java.math.BigDecimal;

import com.jeweltrak.platform.BusinessRuleViolated;

/** 02-sales §Returns and Exchanges R10: a return never exceeds what was sold minus what already came back. */
public class ReturnExceedsWhatWasSold extends BusinessRuleViolated {

    ReturnExceedsWhatWasSold(String what, String sourceNumber, BigDecimal sold, BigDecimal returned, BigDecimal left) {
        super("quantity", "Only " + plain(left) + " of " + what + " can come back: invoice " + sourceNumber + " sold "
                + plain(sold) + " and " + plain(returned) + " already came back.");
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
