package com.jeweltrak.partnerships;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.sales.Invoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.InvoiceLine;
import com.jeweltrak.sales.Invoices;
import com.jeweltrak.support.TestTenants;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sold and reconciled partnerships for the report and audit tests (P3). The sale is the one recorded when the invoice
 * was finalized; the reconciliation snapshot is written with the figures the article stores
 * ("reconciledpartnerships" / "reconciledpartnershipdetails") from {@link PayoutPolicy}.
 */
@Component
public class PartnershipReportFixtures {

    private final PartnershipFixtures fixtures;
    private final Partnerships partnerships;
    private final Invoices invoices;
    private final Items items;
    private final JdbcClient jdbc;

    PartnershipReportFixtures(PartnershipFixtures fixtures, Partnerships partnerships, Invoices invoices, Items items,
                              JdbcClient jdbc) {
        this.fixtures = fixtures;
        this.partnerships = partnerships;
        this.invoices = invoices;
        this.items = items;
        this.jdbc = jdbc;
    }

    /** The owed OwnerSold sale of the partnership whose item sold on the finalized {@code invoice}. */
    public long owedSale(TestTenants.Tenant tenant, PartnershipId partnership, InvoiceId invoice) {
        return fixtures.tx(tenant, () -> partnerships.owedSale(partnership).map(PartnershipSale::id).orElseGet(() -> {
            Invoice sold = invoices.get(invoice);
            InvoiceLine line = sold.lines().getFirst();
            long sale = partnerships.addSale(partnership, SettlementType.OWNER_SOLD, invoice, line.id(), sold.date(),
                    line.net(), line.tradeConcession(), line.asSale().cost());
            partnerships.setStatus(partnership, PartnershipStatus.SOLD);
            return sale;
        }));
    }

    /**
     * The owed sale reconciled at the suggested payouts, except {@code payouts} (by partner) changed with
     * {@code reason}; paid in cash on {@code date}. The snapshot's id.
     */
    public long reconcileOwnerSold(TestTenants.Tenant tenant, PartnershipId id, LocalDate date, ContactId changed,
                                   String payout, String reason) {
        return fixtures.tx(tenant, () -> {
            Partnership partnership = partnerships.lock(id);
            PartnershipSale sale = partnerships.owedSale(id).orElseThrow();
            Item item = items.get(partnership.item());
            BigDecimal value = partnership.value(item.cost());
            PayoutPolicy.Split split = PayoutPolicy.split(value, sale.salePrice(), sale.tradeConcession(), partnership.partners());
            BigDecimal paid = BigDecimal.ZERO;
            for (PayoutPolicy.Suggestion s : split.suggestions()) {
                paid = paid.add(s.share().contact().equals(changed) ? new BigDecimal(payout) : s.payout());
            }
            long snapshot = snapshot(id, sale, item, value, split.primaryCostValue(), null, split.totalOwnerProfitValue(),
                    split.totalOwnerProfitActual(paid), date, "OwnerSold");
            for (PayoutPolicy.Suggestion s : split.suggestions()) {
                boolean edited = s.share().contact().equals(changed);
                detail(snapshot, s.share(), s.costPaidAmount(), s.payout(), edited ? new BigDecimal(payout) : s.payout(), date,
                        "Cash", null, edited ? reason : null);
            }
            partnerships.setSaleStatus(sale.id(), PartnershipSale.Status.RECONCILED, null);
            partnerships.setStatus(id, PartnershipStatus.PAID);
            return snapshot;
        });
    }

    /** The settlement invoice paid in full: the partnership reconciled as PartnerSold (R13). The snapshot's id. */
    public long reconciledPartnerSold(TestTenants.Tenant tenant, PartnershipId id, InvoiceId settlement, LocalDate date) {
        return fixtures.tx(tenant, () -> {
            Long standing = jdbc.sql("""
                            select r.id from reconciled_partnership r where r.partnership_id = ? and r.invoice_id = ?
                            and r.reversed_at is null""")
                    .params(id.value(), settlement.value()).query(Long.class).optional().orElse(null);
            if (standing != null) return standing;
            Partnership partnership = partnerships.lock(id);
            Item item = items.get(partnership.item());
            BigDecimal value = partnership.value(item.cost());
            InvoiceLine line = invoices.get(settlement).lines().stream().filter(InvoiceLine::partnerSettlement).findFirst()
                    .orElseThrow();
            BigDecimal basis = line.asSale().cost();
            long saleId = partnerships.addSale(id, SettlementType.PARTNER_SOLD, settlement, line.id(), date, line.net(),
                    line.tradeConcession(), basis);
            PartnershipSale sale = partnerships.sale(saleId).orElseThrow();
            BigDecimal gain = PayoutPolicy.cents(line.net().subtract(line.tradeConcession()).subtract(basis));
            ContactId seller = invoices.get(settlement).customer();
            long snapshot = snapshot(id, sale, item, value, basis, seller, gain, gain, date, "PartnerSold");
            for (PartnerShare p : partnership.partners()) {
                BigDecimal recovered = PayoutPolicy.cents(PayoutPolicy.capital(value, p));
                detail(snapshot, p, recovered, recovered, recovered, date, "PartnerSoldSettlement",
                        "no cash from tenant; capital recovered via partner's own sale", null);
            }
            partnerships.setSaleStatus(saleId, PartnershipSale.Status.RECONCILED, null);
            partnerships.setStatus(id, PartnershipStatus.PAID);
            return snapshot;
        });
    }

    private long snapshot(PartnershipId id, PartnershipSale sale, Item item, BigDecimal value, BigDecimal primaryCost,
                          ContactId seller, BigDecimal valueProfit, BigDecimal actualProfit, LocalDate date, String type) {
        return jdbc.sql("""
                        insert into reconciled_partnership (tenant_id, partnership_id, sale_id, item_id, invoice_id,
                            settlement_type, actual_cost, partnership_value, primary_cost_value, sale_price, trade_concession,
                            gross_profit, selling_partner_id, total_owner_profit_value, total_owner_profit_actual,
                            reconciled_on, reconciled_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(TenantContext.requireTenant().value(), id.value(), sale.id(), item.id().value(), sale.invoice().value(),
                        type, item.cost(), value, primaryCost, sale.salePrice(), sale.tradeConcession(), sale.grossProfit(),
                        seller == null ? null : seller.value(), valueProfit, actualProfit, date,
                        java.sql.Timestamp.from(Instant.now()))
                .query(Long.class).single();
    }

    private void detail(long snapshot, PartnerShare p, BigDecimal costPaid, BigDecimal suggested, BigDecimal payout,
                        LocalDate date, String method, String notes, String reason) {
        jdbc.sql("""
                        insert into reconciled_partnership_detail (tenant_id, reconciled_partnership_id, contact_id,
                            share_kind, percent, cost_paid_amount, suggested_payout, payout, payment_date, payment_method,
                            check_number, notes, adjustment_reason)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(TenantContext.requireTenant().value(), snapshot, p.contact().value(), p.kind().name(), p.percent(),
                        costPaid, suggested, payout, date, method, null, notes, reason)
                .update();
    }

    public static List<PartnerShare> shares(PartnerShare... shares) {
        return List.of(shares);
    }
}
