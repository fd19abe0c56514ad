package com.jeweltrak.sales.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.sales.Invoice;
import com.jeweltrak.sales.InvoiceAmounts;
import com.jeweltrak.sales.InvoiceLine;
import com.jeweltrak.sales.InvoicePayment;
import io.swagger.v3.oas.annotations.media.Schema;

/** An invoice over the API (design §5b): money as decimal strings, the number as a string, ids as numbers. */
record InvoiceJson(long id, String invoiceNumber, long storeId, String status, Long customerId, Long salespersonId,
                   String invoiceDate, String reference, String notes, String shipTo, boolean outOfState, String taxRate,
                   List<LineJson> lines, List<PaymentJson> payments, Totals totals, String voidedAt, Long voidedBy,
                   @Schema(description = "What the standing write-off cleared as bad debt (08-accounting §Writing Off "
                           + "Invoices), a decimal string; 0.00 when none stands. The balance is already net of it.")
                   String writtenOff,
                   List<WriteOffJson> writeOffs) {

    /** A write-off of the invoice (08 §Writing Off Invoices R1, R7): reversed ones stay as history. */
    record WriteOffJson(long id, String amount, String date, String reason, boolean reversed, String reversalDate,
                        String reversalReason) {
    }

    /**
     * 02-sales §Trade-In: {@code tradeConcession} on sold lines; {@code tradeActualValue}, {@code tradeFamily},
     * {@code tradeCategory}, {@code tradeInItemId} (once finalized) on TRADE_IN lines, whose {@code net} is minus the
     * credit. {@code grossProfit} = Qty × UnitPrice − Adjustment − TradeConcession − cost (09 §13 R2; 0 on a trade-in):
     * with the cost, for those who may see cost. {@code partnerSettlement} (02-sales §Partnerships R11, R16): the line
     * sells a co-owned item to a partner, its cost the store's basis — also for those who may see cost only.
     */
    record LineJson(long id, String kind, Long itemId, String stockId, String description, String quantity, String unitPrice,
                    String adjustment, String net, boolean taxable,
                    @Schema(description = "The line's cost, a decimal string: the item's cost captured on the line, or a "
                            + "partner settlement's basis (02-sales §Partnerships R11). Only with CanViewCost; null otherwise.")
                    String cost,
                    Long sourceLineId, String tradeConcession,
                    String tradeActualValue, String tradeFamily, String tradeCategory, Long tradeInItemId,
                    @Schema(description = "Gross profit (09-reports §13 R2, R4, R6): Qty × UnitPrice − Adjustment − "
                            + "TradeConcession − cost, a decimal string; 0.00 on a trade-in line. Only with CanViewCost; "
                            + "null otherwise.")
                    String grossProfit,
                    @Schema(description = "true on a partner settlement line (Sell to Partner, 02-sales §Partnerships "
                            + "R11): never taxable, cost = the store's basis, so its gross profit is the store's gain. "
                            + "Only with CanViewCost; null otherwise.")
                    Boolean partnerSettlement) {
    }

    record PaymentJson(long id, String method, String methodName, String amount, String tendered, String changeDue,
                       String checkNumber, String cardLast4, String authCode, String date, boolean voided,
                       boolean movedToCreditOnAccount, boolean refund, String reference) {
    }

    /** {@code tradeIns}: the credit allowed for trade-ins, negative (02-sales §Trade-In R1). */
    record Totals(String merchandise, String nonStock, String services, String freight, String tax, String total,
                  String paid, String balance, String tradeIns) {
    }

    static InvoiceJson of(Invoice i, boolean cost, boolean adjustments) {
        InvoiceAmounts a = i.amounts();
        return new InvoiceJson(i.id().value(), i.numberText(), i.store().value(), i.status().name(),
                i.customer() == null ? null : i.customer().value(), i.salesperson() == null ? null : i.salesperson().value(),
                i.date().toString(), i.reference(), i.notes(), i.shipTo(), i.outOfState(), plain(i.tax().taxRate()),
                i.lines().stream().map(l -> line(l, cost, adjustments)).toList(),
                i.payments().stream().map(InvoiceJson::payment).toList(),
                new Totals(money(a.merchandise()), money(a.nonStock()), money(a.services()), money(a.freight()),
                        money(a.tax()), money(a.total()), money(i.paid()), money(i.balance()),
                        money(a.tradeInCredit().negate())),
                i.voidedAt() == null ? null : i.voidedAt().toString(), i.voidedBy() == null ? null : i.voidedBy().value(),
                money(i.writtenOff()), i.writeOffs().stream().map(w -> new WriteOffJson(w.id().value(), money(w.amount()),
                        w.date().toString(), w.reason(), !w.standing(),
                        w.reversalDate() == null ? null : w.reversalDate().toString(), w.reversalReason())).toList());
    }

    private static LineJson line(InvoiceLine l, boolean cost, boolean adjustments) {
        BigDecimal net = l.net();
        // §Adjustment R3: the adjustment shows only to holders of ShowOrderItemDiscount (the net still says what is charged)
        return new LineJson(l.id(), l.kind().name(), l.item() == null ? null : l.item().value(), l.stockId(), l.description(),
                plain(l.quantity()), money(l.unitPrice()), adjustments ? money(l.adjustment()) : null, money(net), l.taxable(),
                cost ? money(l.cost()) : null, l.sourceLine(), l.isTradeIn() ? null : money(l.tradeConcession()),
                l.isTradeIn() && cost ? money(l.cost()) : null, l.isTradeIn() ? l.tradeIn().family() : null,
                l.isTradeIn() ? l.tradeIn().category() : null,
                l.isTradeIn() && l.tradeIn().item() != null ? l.tradeIn().item().value() : null,
                cost ? money(l.grossProfit()) : null, cost ? l.partnerSettlement() : null);
    }

    private static PaymentJson payment(InvoicePayment p) {
        return new PaymentJson(p.id().value(), p.method().name(), p.methodName(), money(p.amount()), money(p.tendered()),
                money(p.changeDue()), p.checkNumber(), p.cardLast4(), p.authCode(), p.date().toString(), p.voided(),
                p.movedToCredit(), p.refund(), p.reference());
    }

    static String money(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String plain(BigDecimal value) {
        if (value == null) return null;
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    static BigDecimal decimal(String field, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw new BusinessRuleViolated(field, "Enter a number, like 12.50.");
        }
    }
}
