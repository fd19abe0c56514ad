package com.jeweltrak.sales;

import java.math.BigDecimal;

import com.jeweltrak.platform.BusinessRuleViolated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A return line on an Open invoice (02-sales §Returns and Exchanges R1, R2, R10–R12): the customer brings back units of
 * a line of one of their finalized invoices — never an edit of that invoice. The line copies the source's UnitPrice,
 * cost, kind and taxable flag, takes its Adjustment pro-rated and negative, and keeps the source invoice's tax rates
 * (08 §Sales Tax R10; no tax back when the source was exempt). The source line's row is locked, so two invoices
 * returning the same line at once cannot together bring back more than was sold. The quantity is the number of units
 * coming back (entered −1 or 1, stored −1).
 */
@Component
public class AddingAReturnLine {

    private final InvoiceWork work;
    private final ReturnableLines returnable;
    private final JdbcClient jdbc;

    AddingAReturnLine(InvoiceWork work, ReturnableLines returnable, JdbcClient jdbc) {
        this.work = work;
        this.returnable = returnable;
        this.jdbc = jdbc;
    }

    @Transactional
    public long add(InvoiceId id, long sourceLineId, BigDecimal quantity) {
        Invoice invoice = work.lockInOpenPeriod(id);
        invoice.checkLinesEditable();
        if (invoice.customer() == null) {
            throw new BusinessRuleViolated("customerId", "Choose the customer first: a return comes from their earlier invoices.");
        }
        Invoice source = sourceInvoice(sourceLineId);
        InvoiceLine line = source.line(sourceLineId);
        if (!invoice.customer().equals(source.customer()) || source.status() != InvoiceStatus.FINALIZED
                || line.quantity().signum() <= 0 || line.isTradeIn() || source.id().equals(id)) {
            throw new BusinessRuleViolated("sourceLineId", "Only a line sold on one of this customer's finalized invoices "
                    + "can come back.");
        }
        if (invoice.lines().stream().anyMatch(l -> Long.valueOf(sourceLineId).equals(l.sourceLine()))) {
            throw new BusinessRuleViolated("sourceLineId", "That line is already coming back on this invoice: change its quantity.");
        }
        // 08-accounting §Gift Cards: a card sold is stored value, not goods — its holder spends it (or a refund loads one)
        if (line.kind() == LineKind.GIFT_CARD) {
            throw new BusinessRuleViolated("sourceLineId", "A gift card does not come back as a line: its value stays on the card.");
        }
        if (line.item() != null) invoice.checkItemNotOnIt(line.item(), line.stockId());
        BigDecimal units = quantity == null ? BigDecimal.ONE : quantity.abs();
        ReturnableLines.checkCap(units, line, source.numberText(), returnable.returnedExcept(sourceLineId, -1));
        TaxSnapshot rates = TaxSnapshot.of(source.tax());
        SaleLine back = SaleLine.returning(units, line.asSale(), rates, source.exemption() == TaxExemption.NONE);
        long lineId = jdbc.sql("""
                        insert into invoice_line (tenant_id, invoice_id, kind, item_id, description, quantity, unit_price,
                                                  adjustment, taxable, cost, source_line_id, source_tax_rate,
                                                  source_surtax_rate, source_surtax_threshold)
                        values (jt_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(id.value(), line.kind().name(), line.item() == null ? null : line.item().value(),
                        line.description(), back.qty(), back.unitPrice(), back.adjustment(), back.taxable(),
                        line.cost(), sourceLineId, rates.taxRate(), rates.surTaxRate(), rates.surTaxThreshold())
                .query(Long.class).single();
        // Returns R12: the sold line's Trade Concession comes back pro-rated too (02-sales §Trade-In R2)
        jdbc.sql("update invoice_line set trade_concession = ? where id = ?")
                .params(TradeIns.returnedConcession(line, back.qty()), lineId).update();
        work.keepFigures(id);
        return lineId;
    }

    /** The source line's invoice, the source line's row locked for this transaction (the R10 cap). */
    private Invoice sourceInvoice(long sourceLineId) {
        Long sourceInvoice = jdbc.sql("select invoice_id from invoice_line where id = ? for update")
                .param(sourceLineId).query(Long.class).optional()
                .orElseThrow(() -> new BusinessRuleViolated("sourceLineId", "There is no such invoice line."));
        return work.invoices.get(new InvoiceId(sourceInvoice));
    }
}
