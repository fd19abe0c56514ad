package com.jeweltrak.sales;

import java.util.regex.Pattern;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.picklists.PickLists;
import com.jeweltrak.platform.picklists.PickListValues;
import org.springframework.stereotype.Component;

/**
 * The fields a tender names, the same for a tender on an invoice and a payment on account (08-accounting §Applying
 * Payments): a check needs its number; a card its last four digits and the authorization code; another method names
 * itself (remembered in the tenant's list "sales.payment-methods"). A full card number is never kept: a run of 12 or
 * more digits is refused in every field.
 */
@Component
class TenderFields {

    private static final Pattern CARD_NUMBER = Pattern.compile("\\d{12,}");

    private final PickLists pickLists;
    private final PickListValues pickListValues;

    TenderFields(PickLists pickLists, PickListValues pickListValues) {
        this.pickLists = pickLists;
        this.pickListValues = pickListValues;
    }

    static void refuseCardNumbers(String... texts) {
        for (String text : texts) {
            if (text != null && CARD_NUMBER.matcher(text.replaceAll("[\\s-]", "")).find()) {
                throw new BusinessRuleViolated("cardLast4", "Never enter a full card number: keep only its last four digits "
                        + "and the authorization code.");
            }
        }
    }

    /** Checks the method's own fields (cash needs none); the method name to keep (OTHER only, else null). */
    String check(PaymentMethod method, String methodName, String checkNumber, String cardLast4, String authCode) {
        switch (method) {
            case CHECK -> require(checkNumber, "checkNumber", "Enter the check number.");
            case CARD -> {
                if (cardLast4 == null || !cardLast4.strip().matches("\\d{4}")) {
                    throw new BusinessRuleViolated("cardLast4", "Enter the card's last four digits.");
                }
                require(authCode, "authCode", "Enter the authorization code the terminal gave.");
            }
            case OTHER -> {
                require(methodName, "methodName", "Name the payment method.");
                String name = methodName.strip();
                pickListValues.remember(pickLists.get(SalesPickLists.PAYMENT_METHODS), name);
                return name;
            }
            default -> { }
        }
        return null;
    }

    static void require(String text, String field, String message) {
        if (text == null || text.isBlank()) throw new BusinessRuleViolated(field, message);
    }

    static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
