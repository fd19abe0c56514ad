package com.jeweltrak.sales.documents;

import com.jeweltrak.platform.files.FileId;
import com.jeweltrak.platform.tenancy.StoreId;

/**
 * One way to pay a store prints on its invoices (10-settings §Payment Options on Invoices): a label (R7) and the field of
 * its kind — a https URL for {@link Kind#LINK}, an uploaded QR image for {@link Kind#IMAGE}, instruction text for
 * {@link Kind#WIRE}. Printed in {@code sortOrder} when {@code shown} (R8, R9).
 */
public record StorePaymentOption(long id, StoreId store, Kind kind, String label, String url, FileId image,
                                 String instructions, int sortOrder, boolean shown) {

    public enum Kind {
        LINK("Payment link / QR (Venmo, PayPal, Cash App, pay link)"),
        IMAGE("Uploaded QR image (Zelle)"),
        WIRE("Bank wire / instructions");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
