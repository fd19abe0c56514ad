package com.jeweltrak.sales;

import java.math.BigDecimal;

import com.jeweltrak.inventory.ColoredStoneDetails;
import com.jeweltrak.inventory.DiamondDetails;
import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.FamilyDetails;
import com.jeweltrak.inventory.JewelryDetails;
import com.jeweltrak.inventory.PearlDetails;
import com.jeweltrak.inventory.WatchDetails;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.users.Permission;

/**
 * The rules of the trade fields (02-sales §Trade-In Negotiation R4–R6, 10-settings Permissions), shared by the use cases
 * that add or change trade-in lines and concessions.
 */
final class TradeIns {

    private TradeIns() {
    }

    /** The family a trade-in becomes; loose stones are received from inventory with their carat weight instead. */
    static Family family(String text) {
        Family family = Family.parse(text).orElseThrow(() -> new BusinessRuleViolated("tradeFamily",
                "Choose what the piece becomes: jewelry, watch or pearl."));
        if (family.isStone()) {
            throw new BusinessRuleViolated("tradeFamily",
                    "A loose stone taken in trade needs its carat weight: receive it from inventory and buy it as stock.");
        }
        return family;
    }

    /** The category of the item the piece becomes: the family's name when left blank. */
    static String category(String typed, Family family) {
        String category = typed == null || typed.isBlank() ? family.label() : typed.strip();
        if (category.length() > 100) throw new BusinessRuleViolated("tradeCategory", "Keep the category to 100 characters.");
        return category;
    }

    /** An empty attribute block of the family: the piece is described further on its item page. */
    static FamilyDetails noDetails(Family family) {
        return switch (family) {
            case JEWELRY -> JewelryDetails.NONE;
            case WATCH -> WatchDetails.NONE;
            case PEARL -> PearlDetails.NONE;
            case DIAMOND, COLORED_STONE -> throw new IllegalArgumentException("stones are not taken in trade here");
        };
    }

    /** R6 and issue 7 "a trade-in with no value": a credit, an actual value, or both. */
    static void checkValue(BigDecimal credit, BigDecimal actualValue) {
        if (credit == null) throw new BusinessRuleViolated("tradeCredit", "Enter the credit allowed for the piece.");
        if (credit.signum() < 0) {
            throw new BusinessRuleViolated("tradeCredit", "Enter the credit allowed as a positive amount; it shows as a minus on the invoice.");
        }
        if (actualValue.signum() < 0) throw new BusinessRuleViolated("tradeActualValue", "The actual value cannot be below zero.");
        if (credit.signum() == 0 && actualValue.signum() == 0) throw new TradeInHasNoValue();
    }

    /** Both trade fields are editable only with CanEditTradeFields (Trade-In UI). */
    static void checkMayEdit(InvoiceWork work, String field) {
        if (!work.may(Permission.CAN_EDIT_TRADE_FIELDS)) throw new TradeFieldsNeedPermission(field);
    }

    /** R6: 0 ≤ TradeConcession ≤ the line amount (Qty × UnitPrice − Adjustment), only on sold lines. */
    static void checkConcession(LineKind kind, boolean isReturn, BigDecimal lineAmount, BigDecimal concession) {
        if (concession.signum() == 0) return;
        if (!kind.isSold() || isReturn) {
            throw new BusinessRuleViolated("tradeConcession",
                    "A trade concession goes on a line that sells an item or a non-stock article.");
        }
        if (concession.signum() < 0) throw new BusinessRuleViolated("tradeConcession", "The trade concession cannot be below zero.");
        if (concession.compareTo(lineAmount) > 0) {
            throw new BusinessRuleViolated("tradeConcession", "The trade concession can be at most the line's amount, "
                    + Money.cents(lineAmount).toPlainString() + ".");
        }
    }

    /**
     * 02-sales §Returns R12: a return line carries its source line's Trade Concession pro-rated (× units coming back ÷
     * source Qty) and negative, so the gross profit of the sale reverses exactly.
     */
    static BigDecimal returnedConcession(InvoiceLine sold, BigDecimal returnQuantity) {
        if (sold.tradeConcession().signum() == 0) return BigDecimal.ZERO;
        return Money.inside(sold.tradeConcession().multiply(returnQuantity.abs())
                .divide(sold.quantity(), 10, java.math.RoundingMode.HALF_UP)).negate();
    }

    /** Issue 7: "a trade-in with no value" is refused with the reason. */
    static class TradeInHasNoValue extends BusinessRuleViolated {
        TradeInHasNoValue() {
            super("tradeCredit", "A trade-in needs a value: enter the credit allowed or the piece's actual value.");
        }
    }

    static class TradeFieldsNeedPermission extends BusinessRuleViolated {
        TradeFieldsNeedPermission(String field) {
            super(field, "The trade concession and the trade actual value need the Trade negotiation fields permission.");
        }
    }
}
