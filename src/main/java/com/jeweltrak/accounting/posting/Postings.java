package com.jeweltrak.accounting.posting;

import com.jeweltrak.accounting.SystemAccount;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.TenantId;
import com.jeweltrak.sales.PaymentMethod;

/** What the posting rules share: the document types, the kinds of entry, the tender accounts. */
final class Postings {

    static final String INVOICE = "INVOICE";
    static final String PAYMENT = "PAYMENT";
    static final String ITEM = "ITEM";
    static final String INVOICE_FINALIZED = "INVOICE_FINALIZED";
    static final String INVOICE_REOPENED = "INVOICE_REOPENED";
    static final String PAYMENT_RECEIVED = "PAYMENT_RECEIVED";
    static final String PAYMENT_MOVED_TO_CREDIT = "PAYMENT_MOVED_TO_CREDIT";
    static final String CUSTOMER_PAYMENT = "CUSTOMER_PAYMENT";
    static final String PAYMENT_RECEIVED_ON_ACCOUNT = "PAYMENT_RECEIVED_ON_ACCOUNT";
    static final String PAYMENT_APPLIED = "PAYMENT_APPLIED";
    static final String CUSTOMER_PAYMENT_VOIDED = "CUSTOMER_PAYMENT_VOIDED";
    static final String STOCK_VALUED = "STOCK_VALUED";
    static final String PARTNERSHIP = "PARTNERSHIP";
    static final String PARTNERSHIP_RECONCILIATION = "PARTNERSHIP_RECONCILIATION";
    static final String PARTNER_CAPITAL = "PARTNER_CAPITAL";
    static final String PARTNERSHIP_RECONCILED = "PARTNERSHIP_RECONCILED";
    static final String PARTNERS_SHARE_LEFT_STOCK = "PARTNERS_SHARE_LEFT_STOCK";

    private Postings() {
    }

    /** An event of another tenant must never reach these books (row-level security would hide its rows anyway). */
    static void requireSameTenant(TenantId tenant) {
        if (!TenantContext.requireTenant().equals(tenant)) {
            throw new IllegalStateException("Event of tenant " + tenant + " posted in tenant " + TenantContext.requireTenant());
        }
    }

    /** 08-accounting §Applying Payments: each method has its own asset account, to reconcile with the deposit. */
    static SystemAccount tenderAccount(PaymentMethod method) {
        return switch (method) {
            case CASH -> SystemAccount.CASH;
            case CHECK -> SystemAccount.CHECKS;
            case CARD -> SystemAccount.CARD_CLEARING;
            case OTHER -> SystemAccount.OTHER_TENDERS;
            // 08 §Store Credits R12: not money but the liability to the customer (used: debited, issued: credited)
            case STORE_CREDIT -> SystemAccount.STORE_CREDIT;
            // 03-services §3 R7, R11: a work-order deposit applied to the invoice was held in Customer deposits
            case DEPOSIT -> SystemAccount.CUSTOMER_DEPOSITS;
            // 08 §Gift Cards R2, R5: the card's value is a liability to whoever holds it (no contact on the line)
            case GIFT_CARD -> SystemAccount.GIFT_CARD_LIABILITY;
        };
    }
}
