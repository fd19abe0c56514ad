package com.jeweltrak.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How big a generated tenant is (issue 12 §1). The derived counts keep the proportions of a busy retail jeweler:
 * four pieces in five are one of a kind, the fifth is stocked in quantity (chains, studs); roughly half of the unique
 * pieces have sold, a third went out on memo; two and a half lines per invoice, a quarter of them bench services.
 */
public record TenantShape(String label, int items, int contacts, int invoiceLines, int openInvoices, int memos) {

    public static final TenantShape LARGE = new TenantShape("large", 200_000, 100_000, 1_000_000, 100_000, 50_000);
    public static final TenantShape SMALL = new TenantShape("small", 500, 300, 2_500, 150, 100);

    /** Received per item stocked in quantity: more than the most any one of them sells, so stock never goes negative. */
    static final int QUANTITY_RECEIVED = 60;

    public TenantShape {
        if (items < 20 || contacts < 10 || invoiceLines < 10 || memos < 0 || openInvoices < 0) {
            throw new IllegalArgumentException("A generated tenant needs at least 20 items, 10 contacts and 10 lines");
        }
    }

    int quantityItems() {
        return items / 5;
    }

    int uniqueItems() {
        return items - quantityItems();
    }

    int memosOut() {
        return memos * 7 / 10;
    }

    int memosReturned() {
        return memos - memosOut();
    }

    int uniqueSold() {
        return Math.min(uniqueItems() - memos, uniqueItems() * 9 / 16);
    }

    int invoices() {
        return invoiceLines * 2 / 5;
    }

    int serviceLines() {
        return invoiceLines / 4;
    }

    int quantityLines() {
        return invoiceLines - uniqueSold() - serviceLines();
    }

    int vendors() {
        return Math.max(1, contacts / 500);
    }

    /** The script's size placeholders. */
    Map<String, Object> parameters() {
        if (memos > uniqueItems() / 2 || quantityLines() < 0) {
            throw new IllegalArgumentException("Too many memos or sold pieces for " + items + " items");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("contacts", contacts);
        values.put("vendors", vendors());
        values.put("customers", contacts - vendors());
        values.put("items", items);
        values.put("quantityItems", quantityItems());
        values.put("quantityReceived", QUANTITY_RECEIVED);
        values.put("uniqueSold", uniqueSold());
        values.put("memosOut", memosOut());
        values.put("memosReturned", memosReturned());
        values.put("invoices", invoices());
        values.put("openInvoices", openInvoices);
        values.put("quantityLines", quantityLines());
        return values;
    }
}
