package com.jeweltrak.sales;

import java.math.BigDecimal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Trade Concession of a sold line on an Open invoice (02-sales §Trade-In Negotiation R2, R4, R6, R8): the part of its
 * price inflated to fund a trade-in over-credit, 0 ≤ concession ≤ the line amount, on item and non-stock lines only,
 * with CanEditTradeFields. It changes gross profit only — never the amount due, the tax or the print (R1).
 */
@Component
public class SettingATradeConcession {

    private final InvoiceWork work;
    private final JdbcClient jdbc;

    SettingATradeConcession(InvoiceWork work, JdbcClient jdbc) {
        this.work = work;
        this.jdbc = jdbc;
    }

    @Transactional
    public void set(InvoiceId id, long lineId, BigDecimal concession) {
        Invoice invoice = work.lockInOpenPeriod(id);
        invoice.checkLinesEditable();
        InvoiceLine line = invoice.line(lineId);
        BigDecimal amount = Money.orZero(concession);
        if (amount.compareTo(line.tradeConcession()) == 0) return;
        TradeIns.checkMayEdit(work, "tradeConcession");
        TradeIns.checkConcession(line.kind(), line.isReturn(), line.net(), amount);
        jdbc.sql("update invoice_line set trade_concession = ? where id = ? and invoice_id = ?")
                .params(amount, lineId, id.value()).update();
        work.keepFigures(id);
    }

    /**
     * R4: the suggestion the page prefills — Σ (credit − actual value) of the invoice's trade-ins less the concessions
     * already on its other lines, never below zero and at most the line amount; the user may change it.
     */
    public static BigDecimal suggested(Invoice invoice, InvoiceLine line) {
        BigDecimal over = invoice.lines().stream().filter(InvoiceLine::isTradeIn)
                .map(l -> l.unitPrice().subtract(l.cost())).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal elsewhere = invoice.lines().stream().filter(l -> l.id() != line.id())
                .map(InvoiceLine::tradeConcession).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Money.cents(over.subtract(elsewhere).max(BigDecimal.ZERO).min(line.net().max(BigDecimal.ZERO)));
    }
}
