package com.jeweltrak.sales;

import java.math.BigDecimal;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.platform.BusinessRuleViolated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A trade-in line on an Open invoice (02-sales §Trade-In Negotiation): the customer's piece coming in, described, with
 * the family and category of the item it becomes, the credit allowed (printed as a minus) and its Trade Actual Value —
 * blank means the credit (R5); a value other than the credit needs CanEditTradeFields. Taxable by default: a taxable
 * trade-in lowers the taxable base (R7). The piece enters inventory only when the invoice is finalized.
 */
@Component
public class AddingATradeIn {

    public record Request(String description, String family, String category, BigDecimal credit, BigDecimal actualValue,
                          Boolean taxable) {
    }

    private final InvoiceWork work;
    private final JdbcClient jdbc;

    AddingATradeIn(InvoiceWork work, JdbcClient jdbc) {
        this.work = work;
        this.jdbc = jdbc;
    }

    @Transactional
    public long add(InvoiceId id, Request r) {
        Invoice invoice = work.lockInOpenPeriod(id);
        invoice.checkLinesEditable();
        String description = r.description() == null || r.description().isBlank() ? null : r.description().strip();
        if (description == null) throw new BusinessRuleViolated("description", "Describe the piece taken in trade.");
        Family family = TradeIns.family(r.family());
        String category = TradeIns.category(r.category(), family);
        BigDecimal credit = r.credit();
        BigDecimal actual = r.actualValue() == null ? Money.orZero(credit) : r.actualValue();
        TradeIns.checkValue(credit, actual);
        if (actual.compareTo(credit) != 0) TradeIns.checkMayEdit(work, "tradeActualValue");
        long line = jdbc.sql("""
                        insert into invoice_line (tenant_id, invoice_id, kind, description, quantity, unit_price, adjustment,
                                                  taxable, cost, trade_family, trade_category)
                        values (jt_current_tenant(), ?, 'TRADE_IN', ?, 1, ?, 0, ?, ?, ?, ?) returning id""")
                .params(id.value(), description, credit, r.taxable() == null || r.taxable(), actual, family.name(), category)
                .query(Long.class).single();
        work.keepFigures(id);
        return line;
    }
}
