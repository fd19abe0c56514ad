package com.jeweltrak.sales.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.jeweltrak.platform.pdf.Letterhead;
import com.jeweltrak.sales.InvoiceTotals;
import com.jeweltrak.sales.SaleLine;

/**
 * Everything an invoice PDF prints (issue 6 §6; Store Configuration R2–R4; Adjustment UI "list, off, net"; Payment
 * Options on Invoices). The invoice code fills it from the invoice, its store and its tenders and hands it to
 * {@link InvoicePdf#render(PrintedInvoice)}; nothing here reads the database.
 *
 * @param customer       null for a walk-in sale
 * @param shipTo         null when goods are not shipped
 * @param paymentOptions the store's shown options in their list order (Payment Options R8–R9); the PDF leaves them
 *                       out when nothing is owed or the invoice is voided (R10)
 */
public record PrintedInvoice(Letterhead store, String number, LocalDate date, Status status, Party customer,
                             Party shipTo, String salesperson, String reference, List<Line> lines, Totals totals,
                             List<Tender> tenders, List<PaymentOption> paymentOptions) {

    public PrintedInvoice {
        lines = List.copyOf(lines);
        tenders = tenders == null ? List.of() : List.copyOf(tenders);
        paymentOptions = paymentOptions == null ? List.of() : List.copyOf(paymentOptions);
    }

    public enum Status {
        OPEN("Open"), FINALIZED("Finalized"), VOIDED("VOID");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A customer or ship-to block: the name and the address lines as they should print. */
    public record Party(String name, List<String> addressLines) {
        public Party {
            addressLines = addressLines == null ? List.of() : addressLines.stream()
                    .filter(l -> l != null && !l.isBlank()).toList();
        }
    }

    /**
     * One printed line: {@code list} = Qty × UnitPrice, {@code adjustment} the discount shown apart, {@code net} what the
     * line comes to (Adjustment R1); negative figures on a return line.
     */
    public record Line(String stockId, String description, BigDecimal qty, BigDecimal unitPrice, BigDecimal list,
                       BigDecimal adjustment, BigDecimal net) {

        /** The printed figures of a {@link SaleLine}, with the item's StockID (null for non-stock) and description. */
        public static Line of(String stockId, String description, SaleLine line) {
            return new Line(stockId, description, line.qty(), line.unitPrice(), line.listAmount(), line.adjustment(),
                    line.net());
        }
    }

    /**
     * The totals block; {@code taxExemption} names why tax is $0 (Sales Tax R8), or null; {@code writtenOff} what a
     * standing write-off cleared as bad debt (08-accounting §Writing Off R4), zero without one.
     */
    public record Totals(BigDecimal subtotal, BigDecimal adjustments, BigDecimal taxBase, BigDecimal surtax,
                         BigDecimal tax, String taxExemption, BigDecimal freight, BigDecimal total, BigDecimal paid,
                         BigDecimal balance, BigDecimal writtenOff) {

        public static Totals of(InvoiceTotals totals) {
            // the balance is total − paid − written off (InvoiceTotals.lessWrittenOff), so what is left is the write-off
            BigDecimal writtenOff = totals.total().subtract(totals.paid()).subtract(totals.balance())
                    .setScale(2, java.math.RoundingMode.HALF_UP);
            return new Totals(totals.subtotal(), totals.adjustments(), totals.tax().base(), totals.tax().surtax(),
                    totals.tax().total(), totals.tax().exemption().reason(), totals.freight(), totals.total(),
                    totals.paid(), totals.balance(), writtenOff);
        }
    }

    /** A tender as printed: method ("Cash", "Visa"), a detail ("Check 1042", "•••• 4242"), the amount. */
    public record Tender(String method, String detail, BigDecimal amount) {
    }

    /**
     * A way to pay printed on the invoice (Payment Options on Invoices): a QR drawn from {@code url} (Venmo, PayPal,
     * Cash App, a pay link — R3), an uploaded QR image printed as-is (Zelle — R4; {@code image} with its media type), or
     * a wire-instructions text block (R5). {@code label} prints under the QR.
     */
    public record PaymentOption(Kind kind, String label, String url, byte[] image, String imageMediaType,
                                String instructions) {

        public enum Kind { LINK_QR, IMAGE_QR, WIRE }

        public static PaymentOption link(String label, String url) {
            return new PaymentOption(Kind.LINK_QR, label, url, null, null, null);
        }

        public static PaymentOption image(String label, byte[] image, String mediaType) {
            return new PaymentOption(Kind.IMAGE_QR, label, null, image, mediaType, null);
        }

        public static PaymentOption wire(String label, String instructions) {
            return new PaymentOption(Kind.WIRE, label, null, null, null, instructions);
        }
    }
}
