package com.jeweltrak.partnerships.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.partnerships.PendingPayouts;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.lists.ListQuery;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.users.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Sold Partnership Items report's rows (02-sales §Partnerships R17): every partnership sale not cancelled, of the
 * stores the person may access, searched by StockID, invoice number or description. Conditions and order come from the
 * list definition or the API's typed parameters (whitelisted SQL); Pending Payouts come from {@link PendingPayouts}, the
 * one read model the Partnerships page uses too.
 */
@Component
public class SoldPartnershipItems {

    /** The aliases the list definition's conditions and orders use: s (sale), p, it (item), inv (invoice). */
    static final String FROM = """
             from partnership_sale s
             join partnership p on p.tenant_id = s.tenant_id and p.id = s.partnership_id
             join item it on it.tenant_id = p.tenant_id and it.id = p.item_id
             join invoice inv on inv.tenant_id = s.tenant_id and inv.id = s.invoice_id
             left join invoice_line l on l.tenant_id = s.tenant_id and l.id = s.invoice_line_id
            where s.status <> 'CANCELLED'
              and (:all or inv.store_id = any(:stores))
              and (:search = '' or cast(it.stock_number as text) = :search or cast(inv.number as text) = :search
                   or lower(concat_ws(' ', it.category, it.description)) like :pattern escape '\\')""";

    /** 09 §13 R4, R6: owner-sold lines carry the item's full (live) cost, partner-sold ones their stored basis. */
    public static final String COST_SQL = "(case when s.settlement_type = 'OwnerSold' then it.cost else s.cost end)";
    public static final String SELL_SQL = "(s.sale_price - s.trade_concession)";

    private static final String SELECT = """
            select s.id, p.id as partnership_id, it.id as item_id, it.family, it.stock_number, it.category, it.description,
                   inv.id as invoice_id, inv.number, inv.invoice_date, coalesce(l.quantity, 1) as quantity, it.carats,
                   s.settlement_type, s.status, %s as cost, %s as sell,
                   (select r.id from reconciled_partnership r where r.tenant_id = s.tenant_id and r.sale_id = s.id
                     and r.reversed_at is null order by r.id desc limit 1) as reconciliation_id,
                   (select string_agg(coalesce(nullif(trim(concat_ws(' ', c.first_name, c.last_name)), ''), c.company),
                                      ', ' order by pp.position, pp.id)
                      from partnership_partner pp join contact c on c.tenant_id = pp.tenant_id and c.id = pp.contact_id
                     where pp.tenant_id = p.tenant_id and pp.partnership_id = p.id) as partners""".formatted(COST_SQL, SELL_SQL);

    private final JdbcClient jdbc;
    private final PendingPayouts pending;

    SoldPartnershipItems(JdbcClient jdbc, PendingPayouts pending) {
        this.jdbc = jdbc;
        this.pending = pending;
    }

    @Transactional(readOnly = true)
    public Paged<SoldPartnershipItem> page(ListQuery query) {
        String where = FROM + " and " + query.where();
        long total = bind(jdbc.sql("select count(*)" + where), query).query(Long.class).single();
        List<SoldPartnershipItem> rows = withPending(bind(jdbc.sql(SELECT + where + " order by " + query.orderBy()
                + " limit :size offset :offset"), query).param("size", query.size()).param("offset", query.offset())
                .query((rs, n) -> row(rs)).list());
        return new Paged<>(rows, query.page(), query.size(), total);
    }

    /** Every matching row in order, a hundred at a time, for the export. */
    @Transactional(readOnly = true)
    public void each(ListQuery query, Consumer<? super SoldPartnershipItem> row) {
        List<SoldPartnershipItem> all = bind(jdbc.sql(SELECT + FROM + " and " + query.where() + " order by " + query.orderBy()),
                query).query((rs, n) -> row(rs)).list();
        for (int from = 0; from < all.size(); from += 100) {
            withPending(all.subList(from, Math.min(all.size(), from + 100))).forEach(row);
        }
    }

    /** Σ Pending Payouts of every row matching the query (all pages). */
    @Transactional(readOnly = true)
    public BigDecimal pendingTotal(ListQuery query) {
        List<Long> owed = bind(jdbc.sql("select s.id" + FROM + " and s.status = 'OWED' and " + query.where()), query)
                .query(Long.class).list();
        return pending.ofSales(owed).values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private List<SoldPartnershipItem> withPending(List<SoldPartnershipItem> rows) {
        Map<Long, BigDecimal> owed = pending.ofSales(rows.stream().filter(SoldPartnershipItem::owed)
                .map(SoldPartnershipItem::sale).toList());
        BigDecimal none = BigDecimal.ZERO.setScale(2);
        return rows.stream().map(r -> new SoldPartnershipItem(r.sale(), r.partnership(), r.item(), r.family(), r.stockId(),
                r.description(), r.invoice(), r.invoiceNumber(), r.invoiceDate(), r.quantity(), r.carats(),
                r.settlementType(), r.status(), r.cost(), r.sellPrice(), owed.getOrDefault(r.sale(), none), r.partners(),
                r.reconciliation())).toList();
    }

    private static SoldPartnershipItem row(ResultSet rs) throws SQLException {
        String description = rs.getString("description");
        String category = rs.getString("category");
        return new SoldPartnershipItem(rs.getLong("id"), rs.getLong("partnership_id"), rs.getLong("item_id"),
                Family.ofCode(rs.getString("family").charAt(0)), Long.toString(rs.getLong("stock_number")),
                description == null || description.isBlank() ? category : description, rs.getLong("invoice_id"),
                rs.getLong("number"), rs.getObject("invoice_date", LocalDate.class), rs.getBigDecimal("quantity"),
                rs.getBigDecimal("carats"), rs.getString("settlement_type"), rs.getString("status"),
                cents(rs.getBigDecimal("cost")), cents(rs.getBigDecimal("sell")), null, rs.getString("partners"),
                (Long) rs.getObject("reconciliation_id"));
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, ListQuery query) {
        CurrentUser me = CurrentUser.require();
        boolean all = me.can(Permission.CAN_VIEW_ALL_STORES);
        Long[] mine = me.stores().stream().map(CurrentUser.StoreChoice::id).map(StoreId::value).toArray(Long[]::new);
        String search = query.search() == null ? "" : query.search().trim().toLowerCase();
        return sql.param("all", all).param("stores", mine).param("search", search.replaceFirst("^#", ""))
                .param("pattern", query.searchPattern());
    }
}
