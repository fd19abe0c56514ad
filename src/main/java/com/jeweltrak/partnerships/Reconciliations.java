package com.jeweltrak.partnerships;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.sales.InvoiceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The reconciliation snapshots as stored: written once, read for the Paid list, the audit view and the API. */
@Component
public class Reconciliations {

    private static final String SNAPSHOT = """
            select id, partnership_id, sale_id, item_id, invoice_id, settlement_type, actual_cost, partnership_value,
                   primary_cost_value, sale_price, trade_concession, gross_profit, selling_partner_id,
                   total_owner_profit_value, total_owner_profit_actual, reconciled_on, reconciled_at, reversed_at
            from reconciled_partnership""";

    private final JdbcClient jdbc;

    Reconciliations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<Reconciliation> find(long id) {
        return jdbc.sql(SNAPSHOT + " where id = ?").param(id).query((rs, n) -> snapshot(rs)).optional();
    }

    @Transactional(readOnly = true)
    public Reconciliation get(long id) {
        return find(id).orElseThrow(() -> new RecordNotFound("Partnership reconciliation", id));
    }

    /** The cycle's reconciliation in force (not reversed), if any. */
    @Transactional(readOnly = true)
    public Optional<Reconciliation> standing(PartnershipId partnership) {
        return jdbc.sql(SNAPSHOT + " where partnership_id = ? and reversed_at is null order by id desc limit 1")
                .param(partnership.value()).query((rs, n) -> snapshot(rs)).optional();
    }

    /** Every reconciliation of the cycle, reversed ones too, oldest first (the audit trail). */
    @Transactional(readOnly = true)
    public List<Reconciliation> of(PartnershipId partnership) {
        return jdbc.sql(SNAPSHOT + " where partnership_id = ? order by id").param(partnership.value())
                .query((rs, n) -> snapshot(rs)).list();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    long record(Reconciliation r, Long by) {
        long tenant = TenantContext.requireTenant().value();
        long id = jdbc.sql("""
                        insert into reconciled_partnership (tenant_id, partnership_id, sale_id, item_id, invoice_id,
                            settlement_type, actual_cost, partnership_value, primary_cost_value, sale_price, trade_concession,
                            gross_profit, selling_partner_id, total_owner_profit_value, total_owner_profit_actual,
                            reconciled_on, reconciled_at, reconciled_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(tenant, r.partnership().value(), r.sale(), r.item().value(), r.invoice().value(), r.type().stored(),
                        r.actualCost(), r.partnershipValue(), r.primaryCostValue(), r.salePrice(), r.tradeConcession(),
                        r.grossProfit(), r.sellingPartner() == null ? null : r.sellingPartner().value(),
                        r.totalOwnerProfitValue(), r.totalOwnerProfitActual(), r.reconciledOn(),
                        java.sql.Timestamp.from(r.reconciledAt()), by)
                .query(Long.class).single();
        for (Reconciliation.Detail d : r.details()) {
            jdbc.sql("""
                            insert into reconciled_partnership_detail (tenant_id, reconciled_partnership_id, contact_id,
                                share_kind, percent, cost_paid_amount, suggested_payout, payout, payment_date, payment_method,
                                check_number, notes, adjustment_reason)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(tenant, id, d.partner().value(), d.kind().name(), d.percent(), d.costPaidAmount(),
                            d.suggestedPayout(), d.payout(), d.paymentDate(), d.paymentMethod(), d.checkNumber(), d.notes(),
                            d.adjustmentReason())
                    .update();
        }
        return id;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void markReversed(long id, Instant at, Long by) {
        jdbc.sql("update reconciled_partnership set reversed_at = ?, reversed_by = ? where id = ? and reversed_at is null")
                .params(java.sql.Timestamp.from(at), by, id).update();
    }

    private Reconciliation snapshot(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        java.sql.Timestamp reversed = rs.getTimestamp("reversed_at");
        return new Reconciliation(id, new PartnershipId(rs.getLong("partnership_id")), rs.getLong("sale_id"),
                new ItemId(rs.getLong("item_id")), new InvoiceId(rs.getLong("invoice_id")),
                SettlementType.ofStored(rs.getString("settlement_type")), rs.getBigDecimal("actual_cost"),
                rs.getBigDecimal("partnership_value"), rs.getBigDecimal("primary_cost_value"), rs.getBigDecimal("sale_price"),
                rs.getBigDecimal("trade_concession"), rs.getBigDecimal("gross_profit"),
                rs.getObject("selling_partner_id") == null ? null : new ContactId(rs.getLong("selling_partner_id")),
                rs.getBigDecimal("total_owner_profit_value"), rs.getBigDecimal("total_owner_profit_actual"),
                rs.getObject("reconciled_on", LocalDate.class), rs.getTimestamp("reconciled_at").toInstant(),
                reversed == null ? null : reversed.toInstant(), details(id));
    }

    private List<Reconciliation.Detail> details(long id) {
        return jdbc.sql("""
                        select contact_id, share_kind, percent, cost_paid_amount, suggested_payout, payout, payment_date,
                               payment_method, check_number, notes, adjustment_reason
                        from reconciled_partnership_detail where reconciled_partnership_id = ? order by id""")
                .param(id)
                .query((rs, n) -> new Reconciliation.Detail(new ContactId(rs.getLong(1)), ShareKind.valueOf(rs.getString(2)),
                        rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6),
                        rs.getObject(7, LocalDate.class), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11)))
                .list();
    }
}
