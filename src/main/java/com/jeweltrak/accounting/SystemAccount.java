package com.jeweltrak.accounting;

import static com.jeweltrak.accounting.AccountType.ASSET;
import static com.jeweltrak.accounting.AccountType.EQUITY;
import static com.jeweltrak.accounting.AccountType.EXPENSE;
import static com.jeweltrak.accounting.AccountType.LIABILITY;
import static com.jeweltrak.accounting.AccountType.REVENUE;

/** The accounts every tenant's chart starts with; postings find them by this key, never by code or name. */
public enum SystemAccount {
    CASH("1000", "Cash", ASSET),
    CHECKS("1010", "Checks to deposit", ASSET),
    CARD_CLEARING("1020", "Card clearing", ASSET),
    /** The operating bank account: partner payouts by check, ACH or wire leave from it (02-sales §Partnerships R7). */
    BANK("1050", "Bank", ASSET),
    OTHER_TENDERS("1030", "Other tenders clearing", ASSET),
    AR("1100", "Accounts receivable", ASSET),
    INVENTORY("1200", "Inventory", ASSET),
    SALES_TAX_PAYABLE("2100", "Sales tax payable", LIABILITY),
    CUSTOMER_DEPOSITS("2200", "Customer deposits", LIABILITY),
    STORE_CREDIT("2300", "Store credit", LIABILITY),
    GIFT_CARD_LIABILITY("2400", "Gift card liability", LIABILITY),
    PARTNER_EQUITY("3100", "Partner equity", EQUITY),
    OWNER_EQUITY("3000", "Owner's equity", EQUITY),
    SALES("4000", "Sales", REVENUE),
    SERVICE_REVENUE("4100", "Service revenue", REVENUE),
    FREIGHT_INCOME("4200", "Freight income", REVENUE),
    COGS("5000", "Cost of goods sold", EXPENSE),
    INVENTORY_ADJUSTMENTS("5100", "Inventory adjustments", EXPENSE),
    BAD_DEBT("6100", "Bad debt", EXPENSE),
    /** A stand-alone (goodwill) store credit (08-accounting §Store Credits R9): what giving it costs the store. */
    GOODWILL_CREDITS("6200", "Customer goodwill", EXPENSE);

    private final String code;
    private final String label;
    private final AccountType type;

    SystemAccount(String code, String label, AccountType type) {
        this.code = code;
        this.label = label;
        this.type = type;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public AccountType type() {
        return type;
    }
}
