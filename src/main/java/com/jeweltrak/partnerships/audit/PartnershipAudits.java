package com.jeweltrak.partnerships.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.sales.Invoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.InvoicePayment;
import com.jeweltrak.sales.Invoices;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one reconciliation's audit (02-sales §Partnerships R18): the snapshot ("reconciledpartnerships"), its detail
 * rows ("reconciledpartnershipdetails"), the sale's line cost and the invoice with its payments, and answers the
 * article's questions from them. Partnerships never read the journal (accounting depends on partnerships, not the
 * reverse): where the inventory dollars went is told by the partner-equity figures of the detail rows.
 */
@Component
public class PartnershipAudits {

    private final JdbcClient jdbc;
    private final Invoices invoices;
    private final Contacts contacts;

    PartnershipAudits(JdbcClient jdbc, Invoices invoices, Contacts contacts) {
        this.jdbc = jdbc;
        this.invoices = invoices;
        this.contacts = contacts;
    }

    private record Snapshot(long id, long partnership, long item, long stockNumber, String description, String type,
                            LocalDate reconciledOn, Instant reversedAt, BigDecimal actualCost, BigDecimal partnershipValue,
                            BigDecimal primaryCostValue, BigDecimal salePrice, BigDecimal tradeConcession,
                            BigDecimal grossProfit, BigDecimal lineCost, Long sellingPartner, BigDecimal valueProfit,
                            BigDecimal actualProfit, long invoice) {
    }

    /** The audit of reconciliation {@code id}; 404 when there is none (another tenant's is none). */
    @Transactional(readOnly = true)
    public PartnershipAudit get(long id) {
        Snapshot s = jdbc.sql("""
                        select r.id, r.partnership_id, r.item_id, it.stock_number,
                               coalesce(nullif(it.description, ''), it.category) as description, r.settlement_type,
                               r.reconciled_on, r.reversed_at, r.actual_cost, r.partnership_value, r.primary_cost_value,
                               r.sale_price, r.trade_concession, r.gross_profit, ps.cost as line_cost, r.selling_partner_id,
                               r.total_owner_profit_value, r.total_owner_profit_actual, r.invoice_id
                        from reconciled_partnership r
                        join item it on it.tenant_id = r.tenant_id and it.id = r.item_id
                        join partnership_sale ps on ps.tenant_id = r.tenant_id and ps.id = r.sale_id
                        where r.id = ?""")
                .param(id).query((rs, n) -> snapshot(rs)).optional()
                .orElseThrow(() -> new RecordNotFound("Partnership reconciliation", id));
        List<PartnershipAudit.Detail> details = jdbc.sql("""
                        select contact_id, share_kind, percent, cost_paid_amount, suggested_payout, payout, payment_date,
                               payment_method, check_number, notes, adjustment_reason
                        from reconciled_partnership_detail where reconciled_partnership_id = ? order by id""")
                .param(id)
                .query((rs, n) -> new PartnershipAudit.Detail(rs.getLong(1), name(rs.getLong(1)), rs.getString(2),
                        rs.getBigDecimal(3), cents(rs.getBigDecimal(4)), cents(rs.getBigDecimal(5)), cents(rs.getBigDecimal(6)),
                        rs.getObject(7, LocalDate.class), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11)))
                .list();
        Invoice invoice = invoices.get(new InvoiceId(s.invoice()));
        PartnershipAudit.Invoice sold = new PartnershipAudit.Invoice(invoice.id().value(), invoice.number(), invoice.date(),
                invoice.status().name(), invoice.customer() == null ? "Walk-in" : name(invoice.customer().value()),
                invoice.appliedPayments().stream().map(PartnershipAudits::payment).toList());
        String selling = s.sellingPartner() == null ? null : name(s.sellingPartner());
        PartnershipAudit draft = new PartnershipAudit(s.id(), s.partnership(), s.item(), Long.toString(s.stockNumber()),
                s.description(), s.type(), s.reconciledOn(), s.reversedAt(), cents(s.actualCost()),
                cents(s.partnershipValue()), cents(s.primaryCostValue()), cents(s.salePrice()), cents(s.tradeConcession()),
                cents(s.grossProfit()), cents(s.lineCost()), selling, cents(s.valueProfit()), cents(s.actualProfit()), sold,
                details, List.of());
        return new PartnershipAudit(draft.reconciliation(), draft.partnership(), draft.item(), draft.stockId(),
                draft.itemDescription(), draft.settlementType(), draft.reconciledOn(), draft.reversedAt(), draft.actualCost(),
                draft.partnershipValue(), draft.primaryCostValue(), draft.salePrice(), draft.tradeConcession(),
                draft.grossProfit(), draft.lineCost(), selling, draft.totalOwnerProfitValue(), draft.totalOwnerProfitActual(),
                sold, details, answers(draft));
    }

    /** The article's table, row by row, in its order (02-sales §Partnerships R18). */
    static List<PartnershipAudit.Answer> answers(PartnershipAudit a) {
        List<PartnershipAudit.Answer> rows = new ArrayList<>();
        rows.add(new PartnershipAudit.Answer("totalCost", "What was the item's total cost?",
                money(a.actualCost()), "reconciledpartnerships.ActualCost"));
        String funded = a.details().stream().map(d -> d.partner() + " " + money(d.costPaidAmount()))
                .collect(Collectors.joining("; "));
        rows.add(new PartnershipAudit.Answer("funded", "Who funded each share?",
                funded + "; you (the store) " + money(a.primaryCostValue()),
                "reconciledpartnershipdetails.CostPaidAmount per partner"));
        rows.add(new PartnershipAudit.Answer("soldBy", "Who sold it?", a.partnerSold()
                ? (a.sellingPartner() == null ? "A partner" : a.sellingPartner()) + " — SettlementType = 'PartnerSold'"
                : "You (the store), to " + a.invoice().customer() + " — SettlementType = 'OwnerSold'"
                + (a.sellingPartner() == null ? "" : "; Selling Partner " + a.sellingPartner()),
                "reconciledpartnerships.SellingPartner + SettlementType"));
        String paid = a.invoice().payments().isEmpty() ? "no payment applied"
                : a.invoice().payments().stream().map(p -> p.method() + " " + money(p.amount()) + " on " + p.date())
                .collect(Collectors.joining("; "));
        rows.add(new PartnershipAudit.Answer("received", "What did you receive?", "Invoice #" + a.invoice().number()
                + " of " + a.invoice().date() + ": line price " + money(a.salePrice())
                + (a.tradeConcession().signum() == 0 ? "" : " less trade concession " + money(a.tradeConcession()))
                + "; payments: " + paid, a.partnerSold() ? "The settlement invoice — line price + payment record"
                : "The invoice — line price + payment record"));
        rows.add(new PartnershipAudit.Answer("basis", "What was your basis?", money(a.primaryCostValue()),
                "reconciledpartnerships.PrimaryCostValue"));
        BigDecimal gain = a.salePrice().subtract(a.tradeConcession()).subtract(a.lineCost());
        rows.add(new PartnershipAudit.Answer("gain", "What was your gain?", a.partnerSold()
                ? money(a.salePrice().subtract(a.tradeConcession())) + " − " + money(a.lineCost()) + " = " + money(gain)
                + " (stored TotalOwnerProfitValue " + money(a.totalOwnerProfitValue()) + ")"
                : "Gross profit " + money(a.salePrice().subtract(a.tradeConcession())) + " − " + money(a.lineCost()) + " = "
                + money(gain) + " (partner payouts are equity distributions, not a reduction of it); your share after "
                + "the suggested payouts TotalOwnerProfitValue " + money(a.totalOwnerProfitValue())
                + ", after the actual payouts TotalOwnerProfitActual " + money(a.totalOwnerProfitActual()),
                "line price − line cost (also stored as TotalOwnerProfitValue)"));
        rows.add(new PartnershipAudit.Answer("cashPaid", "Did you pay partners cash?", a.partnerSold()
                ? "No — " + a.details().stream().map(d -> d.partner() + ": PaymentMethod = '" + d.paymentMethod() + "'"
                + (d.notes() == null ? "" : ", \"" + d.notes() + "\"")).collect(Collectors.joining("; "))
                : "Yes — " + a.details().stream().map(d -> d.partner() + " " + money(d.payout()) + " by " + d.paymentMethod()
                + (d.checkNumber() == null ? "" : " #" + d.checkNumber()) + " on " + d.paymentDate()
                + (d.adjusted() ? " (suggested " + money(d.suggestedPayout()) + "; reason: " + d.adjustmentReason() + ")" : ""))
                .collect(Collectors.joining("; ")), "PaymentMethod and Notes on the per-partner Payout rows"));
        BigDecimal partnersCapital = a.details().stream().map(PartnershipAudit.Detail::costPaidAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        String perPartner = a.details().stream().map(d -> d.partner() + " " + money(d.costPaidAmount()))
                .collect(Collectors.joining("; "));
        rows.add(new PartnershipAudit.Answer("rest", "Where did the rest of the inventory dollars go?", a.partnerSold()
                ? "Inventory " + money(a.actualCost()) + ": " + money(a.lineCost()) + " to cost of goods sold on the "
                + "settlement invoice, " + money(partnersCapital) + " cleared against partner equity (" + perPartner
                + ") — capital recovered via the partner's own sale"
                : "Inventory " + money(a.actualCost()) + " went to cost of goods sold on the invoice; the partners' "
                + "equity (capital " + money(partnersCapital) + ": " + perPartner + ") was cleared by the payouts",
                "Partner equity cleared via the per-partner Payout rows"));
        return rows;
    }

    private String name(long contact) {
        return contacts.find(new ContactId(contact)).map(Contact::displayName).orElse("Contact " + contact);
    }

    private static PartnershipAudit.Payment payment(InvoicePayment p) {
        String method = p.methodName() != null && !p.methodName().isBlank() ? p.methodName() : p.method().name();
        return new PartnershipAudit.Payment(p.date(), method, cents(p.amount()), p.checkNumber());
    }

    private static Snapshot snapshot(ResultSet rs) throws SQLException {
        java.sql.Timestamp reversed = rs.getTimestamp("reversed_at");
        return new Snapshot(rs.getLong("id"), rs.getLong("partnership_id"), rs.getLong("item_id"), rs.getLong("stock_number"),
                rs.getString("description"), rs.getString("settlement_type"), rs.getObject("reconciled_on", LocalDate.class),
                reversed == null ? null : reversed.toInstant(), rs.getBigDecimal("actual_cost"),
                rs.getBigDecimal("partnership_value"), rs.getBigDecimal("primary_cost_value"), rs.getBigDecimal("sale_price"),
                rs.getBigDecimal("trade_concession"), rs.getBigDecimal("gross_profit"), rs.getBigDecimal("line_cost"),
                (Long) rs.getObject("selling_partner_id"), rs.getBigDecimal("total_owner_profit_value"),
                rs.getBigDecimal("total_owner_profit_actual"), rs.getLong("invoice_id"));
    }

    static String money(BigDecimal amount) {
        return amount == null ? "" : String.format("%,.2f", amount);
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }
}
