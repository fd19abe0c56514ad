package com.jeweltrak.sales.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.jeweltrak.contacts.ContactFigures;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's lifetime sales figures (09-reports §3 R5): net spend = Σ Subtotal of their finalized invoices (voided and
 * open ones never count, C3 / C9; return lines lower it), the last date they bought something on a finalized invoice,
 * and the units of stock they hold on memo now (units neither returned nor invoiced, voided memos excluded). Every store:
 * a customer's lifetime is the business's, as their AR balance is.
 */
@Component
class SalesContactFigures implements ContactFigures {

    private final JdbcClient jdbc;

    SalesContactFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> of(ContactId contact) {
        CurrentUser me = CurrentUser.get().orElse(null);
        if (me == null) return List.of();
        List<Figure> figures = new ArrayList<>();
        if (me.can("Invoices.View")) {
            record Sales(BigDecimal net, LocalDate lastPurchase) {
            }
            Sales sales = jdbc.sql("""
                            select coalesce(sum(i.subtotal), 0),
                                   max(i.invoice_date) filter (where exists (
                                       select 1 from invoice_line l where l.tenant_id = i.tenant_id and l.invoice_id = i.id
                                         and l.quantity > 0 and l.kind <> 'TRADE_IN'))
                            from invoice i where i.customer_id = ? and i.status = 'FINALIZED'""")
                    .param(contact.value())
                    .query((rs, n) -> new Sales(rs.getBigDecimal(1),
                            rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate()))
                    .single();
            figures.add(new Figure("Lifetime net spend", money(sales.net()), null));
            figures.add(new Figure("Last purchase", sales.lastPurchase() == null ? "—" : sales.lastPurchase().toString(), null));
        }
        if (me.can("Memos.View")) {
            BigDecimal onMemo = jdbc.sql("""
                            select coalesce(sum(ml.quantity - ml.qty_returned - ml.qty_invoiced), 0)
                            from memo_line ml join memo m on m.tenant_id = ml.tenant_id and m.id = ml.memo_id
                            where m.customer_id = ? and m.voided_at is null and ml.item_id is not null""")
                    .param(contact.value()).query(BigDecimal.class).single();
            figures.add(new Figure("Items on memo", onMemo.stripTrailingZeros().toPlainString(), null));
        }
        return figures;
    }

    static String money(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("$#,##0.00;-$#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }
}
