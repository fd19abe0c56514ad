package com.jeweltrak.sales;

import java.math.BigDecimal;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.platform.BusinessRuleViolated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a trade-in line of an Open invoice (02-sales §Trade-In Negotiation); a field left out keeps its value. An actual
 * value that was left blank (equal to the credit) follows a changed credit (R5); setting it apart needs
 * CanEditTradeFields.
 */
@Component
public class ChangingATradeIn {

    public record Request(String description, String family, String category, BigDecimal credit, BigDecimal actualValue,
                          Boolean taxable) {
    }

    private final InvoiceWork work;
    private final JdbcClient jdbc;

    ChangingATradeIn(InvoiceWork work, JdbcClient jdbc) {
        this.work = work;
        this.jdbc = jdbc;
    }

    @Transactional
    public void change(InvoiceId id, long lineId, Request r) {
        Invoice invoice = work.lockInOpenPeriod(id);
        invoice.checkLinesEditable();
        InvoiceLine line = invoice.line(lineId);
        if (!line.isTradeIn()) throw new BusinessRuleViolated("kind", "That line is not a trade-in.");
        String description = r.description() == null || r.description().isBlank() ? line.description() : r.description().strip();
        Family family = r.family() == null ? Family.valueOf(line.tradeIn().family()) : TradeIns.family(r.family());
        String category = r.category() == null || r.category().isBlank() ? line.tradeIn().category()
                : TradeIns.category(r.category(), family);
        BigDecimal credit = r.credit() == null ? line.unitPrice() : r.credit();
        boolean followsCredit = line.cost().compareTo(line.unitPrice()) == 0;
        BigDecimal actual = r.actualValue() != null ? r.actualValue() : followsCredit ? Money.orZero(credit) : line.cost();
        TradeIns.checkValue(credit, actual);
        boolean actualChanged = actual.compareTo(line.cost()) != 0;
        if (actualChanged && !(followsCredit && actual.compareTo(credit) == 0)) TradeIns.checkMayEdit(work, "tradeActualValue");
        jdbc.sql("""
                        update invoice_line set description = ?, unit_price = ?, cost = ?, taxable = ?, trade_family = ?,
                               trade_category = ?
                        where id = ? and invoice_id = ?""")
                .params(description, credit, actual, r.taxable() == null ? line.taxable() : r.taxable(), family.name(),
                        category, lineId, id.value())
                .update();
        work.keepFigures(id);
    }
}
