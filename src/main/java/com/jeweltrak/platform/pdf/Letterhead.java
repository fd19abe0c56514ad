package com.jeweltrak.platform.pdf;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.jeweltrak.platform.tenancy.Store;

/**
 * The store as every printed document heads it — invoices, memos, appraisals, quotes, work-order copies, receipts:
 * name, address lines, contact, sales-tax permit number (02-sales §Store Configuration R3), the one-line disclaimer (R4)
 * and a logo (PNG or JPEG bytes with their media type) when it has one. Templates print it with
 * {@code platform/pdf :: letterhead(store, withTaxNumber)}.
 */
public record Letterhead(String name, List<String> addressLines, String phone, String email, String taxNumber,
                         String disclaimer, byte[] logo, String logoMediaType) {

    public Letterhead {
        addressLines = addressLines == null ? List.of() : addressLines.stream()
                .filter(l -> l != null && !l.isBlank()).toList();
    }

    /** The store's printed identity (Store Configuration R2–R4); stores have no logo field yet, so none. */
    public static Letterhead of(Store store) {
        Store.Address a = store.address();
        String cityLine = Stream.of(a.city(), a.region(), a.postalCode())
                .filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" "));
        return new Letterhead(store.name(), Arrays.asList(a.line1(), cityLine, a.country()), store.phone(), store.email(),
                store.taxNumber(), store.invoiceDisclaimer(), null, null);
    }
}
