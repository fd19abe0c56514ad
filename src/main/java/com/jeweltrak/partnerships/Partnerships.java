package com.jeweltrak.partnerships;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.sales.InvoiceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Partnerships as stored (JdbcClient): cycles with their partners, and their sales. Written by the use cases. */
@Component
public class Partnerships {

    private static final String HEADER = "select id, item_id, cycle, status, partnership_value, settlement_invoice_id from partnership";

    private final JdbcClient jdbc;

    Partnerships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<Partnership> find(PartnershipId id) {
        return read(" where id = ?", id.value(), "");
    }

    @Transactional(readOnly = true)
    public Partnership get(PartnershipId id) {
        return find(id).orElseThrow(() -> new RecordNotFound("Partnership", id));
    }

    /** The partnership, its row locked until the transaction ends: reconciling twice at once waits, then is refused. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Partnership lock(PartnershipId id) {
        return read(" where id = ?", id.value(), " for update").orElseThrow(() -> new RecordNotFound("Partnership", id));
    }

    /** The item's live (Active or Sold) cycle. */
    @Transactional(readOnly = true)
    public Optional<Partnership> live(ItemId item) {
        return read(" where item_id = ? and status in ('ACTIVE', 'SOLD')", item.value(), "");
    }

    /** The item's newest cycle, whatever its status. */
    @Transactional(readOnly = true)
    public Optional<Partnership> latest(ItemId item) {
        return read(" where item_id = ? order by cycle desc limit 1", item.value(), "");
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Partnership> lockLatest(ItemId item) {
        // an item with no partnership yet has no row to lock: two first set-ups take turns on the item instead
        jdbc.sql("select pg_advisory_xact_lock(hashtext('partnership:' || ?::text))").param(item.value()).query().singleRow();
        return jdbc.sql("select id from partnership where item_id = ? order by cycle desc limit 1").param(item.value())
                .query(Long.class).optional().map(id -> lock(new PartnershipId(id)));
    }

    @Transactional(readOnly = true)
    public Optional<Partnership> bySettlementInvoice(InvoiceId invoice) {
        return read(" where settlement_invoice_id = ? order by id desc limit 1", invoice.value(), "");
    }

    /**
     * Of these items, the partnership items (a cycle Active, Sold or Paid — a paid item stays co-owned history on its
     * invoice): ONE query for a page of rows (the P badge).
     */
    @Transactional(readOnly = true)
    public Set<ItemId> withPartnership(Collection<ItemId> items) {
        if (items.isEmpty()) return Set.of();
        Long[] ids = items.stream().map(ItemId::value).toArray(Long[]::new);
        return jdbc.sql("select distinct item_id from partnership where item_id = any(?) and status <> 'ENDED'")
                .param(ids).query(Long.class).list().stream().map(ItemId::new).collect(Collectors.toSet());
    }

    /** A page of partnerships (every cycle), newest first; filtered by status and by partner when given. */
    @Transactional(readOnly = true)
    public com.jeweltrak.platform.Paged<Partnership> page(PartnershipStatus status, ContactId partner, int page, int size) {
        String where = " " + """
                 where (cast(:status as text) is null or status = cast(:status as text))
                   and (cast(:partner as bigint) is null or exists (select 1 from partnership_partner pp
                        where pp.partnership_id = partnership.id and pp.contact_id = cast(:partner as bigint)))""";
        String statusName = status == null ? null : status.name();
        Long partnerId = partner == null ? null : partner.value();
        long total = jdbc.sql("select count(*) from partnership" + where).param("status", statusName)
                .param("partner", partnerId).query(Long.class).single();
        List<Long> ids = jdbc.sql("select id from partnership" + where + " order by id desc limit :size offset :offset")
                .param("status", statusName).param("partner", partnerId).param("size", size)
                .param("offset", (long) page * size).query(Long.class).list();
        return new com.jeweltrak.platform.Paged<>(ids.stream().map(id -> get(new PartnershipId(id))).toList(), page, size, total);
    }

    // ---- writes ----

    PartnershipId insert(ItemId item, int cycle, BigDecimal value, List<PartnerShare> partners) {
        long id = jdbc.sql("""
                        insert into partnership (tenant_id, item_id, cycle, status, partnership_value)
                        values (?, ?, ?, 'ACTIVE', ?) returning id""")
                .params(TenantContext.requireTenant().value(), item.value(), cycle, value).query(Long.class).single();
        writePartners(id, partners);
        return new PartnershipId(id);
    }

    void update(PartnershipId id, BigDecimal value, List<PartnerShare> partners) {
        jdbc.sql("update partnership set partnership_value = ?, updated_at = now() where id = ?").params(value, id.value()).update();
        jdbc.sql("delete from partnership_partner where partnership_id = ?").param(id.value()).update();
        writePartners(id.value(), partners);
    }

    void setStatus(PartnershipId id, PartnershipStatus status) {
        jdbc.sql("update partnership set status = ?, updated_at = now() where id = ?").params(status.name(), id.value()).update();
    }

    void end(PartnershipId id, Instant at, Long by) {
        jdbc.sql("update partnership set status = 'ENDED', ended_at = ?, ended_by = ?, updated_at = now() where id = ?")
                .params(java.sql.Timestamp.from(at), by, id.value()).update();
    }

    /** A paid cycle closed by a reset keeps its status; when and by whom it was closed is recorded. */
    void markClosed(PartnershipId id, Instant at, Long by) {
        jdbc.sql("update partnership set ended_at = ?, ended_by = ?, updated_at = now() where id = ?")
                .params(java.sql.Timestamp.from(at), by, id.value()).update();
    }

    void setSettlementInvoice(PartnershipId id, InvoiceId invoice) {
        jdbc.sql("update partnership set settlement_invoice_id = ?, updated_at = now() where id = ?")
                .params(invoice == null ? null : invoice.value(), id.value()).update();
    }

    private void writePartners(long partnership, List<PartnerShare> partners) {
        int position = 1;
        for (PartnerShare p : partners) {
            jdbc.sql("""
                            insert into partnership_partner (tenant_id, partnership_id, contact_id, share_kind, percent,
                                                             selling_partner, position)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(TenantContext.requireTenant().value(), partnership, p.contact().value(), p.kind().name(),
                            p.percent(), p.sellingPartner(), position++)
                    .update();
        }
    }

    // ---- sales ----

    private static final String SALE = """
            select id, partnership_id, settlement_type, invoice_id, invoice_line_id, sold_on, sale_price, trade_concession,
                   cost, status from partnership_sale""";

    long addSale(PartnershipId partnership, SettlementType type, InvoiceId invoice, Long line, LocalDate soldOn,
                 BigDecimal salePrice, BigDecimal tradeConcession, BigDecimal cost) {
        return jdbc.sql("""
                        insert into partnership_sale (tenant_id, partnership_id, settlement_type, invoice_id, invoice_line_id,
                                                      sold_on, sale_price, trade_concession, cost, status)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OWED') returning id""")
                .params(TenantContext.requireTenant().value(), partnership.value(), type.stored(), invoice.value(), line,
                        soldOn, salePrice, tradeConcession, cost)
                .query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public Optional<PartnershipSale> owedSale(PartnershipId partnership) {
        return jdbc.sql(SALE + " where partnership_id = ? and status = 'OWED'").param(partnership.value())
                .query((rs, n) -> sale(rs)).optional();
    }

    @Transactional(readOnly = true)
    public Optional<PartnershipSale> sale(long id) {
        return jdbc.sql(SALE + " where id = ?").param(id).query((rs, n) -> sale(rs)).optional();
    }

    @Transactional(readOnly = true)
    public List<PartnershipSale> salesOn(InvoiceId invoice, PartnershipSale.Status status) {
        return jdbc.sql(SALE + " where invoice_id = ? and status = ? order by id").params(invoice.value(), status.name())
                .query((rs, n) -> sale(rs)).list();
    }

    void setSaleStatus(long sale, PartnershipSale.Status status, Instant at) {
        jdbc.sql("update partnership_sale set status = ?, cancelled_at = ? where id = ?")
                .params(status.name(), status == PartnershipSale.Status.CANCELLED ? java.sql.Timestamp.from(at) : null, sale)
                .update();
    }

    private static PartnershipSale sale(ResultSet rs) throws SQLException {
        return new PartnershipSale(rs.getLong("id"), new PartnershipId(rs.getLong("partnership_id")),
                SettlementType.ofStored(rs.getString("settlement_type")), new InvoiceId(rs.getLong("invoice_id")),
                (Long) rs.getObject("invoice_line_id"), rs.getObject("sold_on", LocalDate.class),
                rs.getBigDecimal("sale_price"), rs.getBigDecimal("trade_concession"), rs.getBigDecimal("cost"),
                PartnershipSale.Status.valueOf(rs.getString("status")));
    }

    // ---- reading ----

    private Optional<Partnership> read(String where, long param, String lock) {
        return jdbc.sql(HEADER + where + lock).param(param).query((rs, n) -> new Partnership(
                        new PartnershipId(rs.getLong("id")), new ItemId(rs.getLong("item_id")), rs.getInt("cycle"),
                        PartnershipStatus.valueOf(rs.getString("status")), rs.getBigDecimal("partnership_value"), List.of(),
                        rs.getObject("settlement_invoice_id") == null ? null : new InvoiceId(rs.getLong("settlement_invoice_id"))))
                .optional()
                .map(p -> new Partnership(p.id(), p.item(), p.cycle(), p.status(), p.partnershipValue(), partners(p.id()),
                        p.settlementInvoice()));
    }

    private List<PartnerShare> partners(PartnershipId id) {
        return jdbc.sql("""
                        select contact_id, share_kind, percent, selling_partner from partnership_partner
                        where partnership_id = ? order by position, id""")
                .param(id.value())
                .query((rs, n) -> new PartnerShare(new ContactId(rs.getLong(1)), ShareKind.valueOf(rs.getString(2)),
                        rs.getBigDecimal(3), rs.getBoolean(4)))
                .list();
    }
}
