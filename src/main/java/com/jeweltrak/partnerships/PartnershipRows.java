package com.jeweltrak.partnerships;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.sales.InvoiceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Partnerships page's lists (02-sales §Partnerships R4, R7): "Sold partnership items not yet reconciled" with the
 * suggested payout per partner, and the Paid (reconciled) ones. Filterable by partner.
 */
@Component
public class PartnershipRows {

    /** One partner's suggestion on an owed row. */
    public record Suggested(ContactId partner, String name, ShareKind kind, BigDecimal percent, BigDecimal costPaid,
                            BigDecimal payout) {
    }

    public record OwedRow(PartnershipId partnership, ItemId item, String stockId, String description, InvoiceId invoice,
                          long invoiceNumber, LocalDate soldOn, BigDecimal salePrice, BigDecimal tradeConcession,
                          BigDecimal cost, BigDecimal grossProfit, BigDecimal storeKeeps, List<Suggested> suggestions) {

        public BigDecimal suggestedTotal() {
            return suggestions.stream().map(Suggested::payout).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    public record PaidRow(long reconciliation, PartnershipId partnership, ItemId item, String stockId, String description,
                          InvoiceId invoice, long invoiceNumber, SettlementType type, LocalDate reconciledOn,
                          BigDecimal salePrice, BigDecimal grossProfit, BigDecimal paid, boolean reversed) {
    }

    private final JdbcClient jdbc;
    private final Partnerships partnerships;
    private final Contacts contacts;

    PartnershipRows(JdbcClient jdbc, Partnerships partnerships, Contacts contacts) {
        this.jdbc = jdbc;
        this.partnerships = partnerships;
        this.contacts = contacts;
    }

    private static final String OWED_FROM = " " + """
             from partnership_sale s
             join partnership p on p.tenant_id = s.tenant_id and p.id = s.partnership_id
             join item i on i.tenant_id = p.tenant_id and i.id = p.item_id
             join invoice v on v.tenant_id = s.tenant_id and v.id = s.invoice_id
             where s.status = 'OWED'
               and (cast(:partner as bigint) is null or exists (select 1 from partnership_partner pp
                    where pp.partnership_id = p.id and pp.contact_id = cast(:partner as bigint)))""";

    @Transactional(readOnly = true)
    public Paged<OwedRow> owed(ContactId partner, int page, int size) {
        Long partnerId = partner == null ? null : partner.value();
        long total = jdbc.sql("select count(*) " + OWED_FROM).param("partner", partnerId).query(Long.class).single();
        List<OwedRow> rows = jdbc.sql("""
                        select p.id, p.item_id, i.stock_number, i.description, i.category, i.cost as item_cost, s.invoice_id,
                               v.number, s.sold_on, s.sale_price, s.trade_concession, s.cost """ + OWED_FROM
                        + " order by s.sold_on, s.id limit :size offset :offset")
                .param("partner", partnerId).param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> owedRow(new PartnershipId(rs.getLong(1)), new ItemId(rs.getLong(2)), rs.getLong(3),
                        rs.getString(4) != null ? rs.getString(4) : rs.getString(5), rs.getBigDecimal(6),
                        new InvoiceId(rs.getLong(7)), rs.getLong(8), rs.getObject(9, LocalDate.class), rs.getBigDecimal(10),
                        rs.getBigDecimal(11), rs.getBigDecimal(12)))
                .list();
        return new Paged<>(rows, page, size, total);
    }

    /** The owed row of one partnership, for the reconcile form. */
    @Transactional(readOnly = true)
    public java.util.Optional<OwedRow> owedOf(PartnershipId id) {
        return jdbc.sql("""
                        select p.id, p.item_id, i.stock_number, i.description, i.category, i.cost as item_cost, s.invoice_id,
                               v.number, s.sold_on, s.sale_price, s.trade_concession, s.cost """ + OWED_FROM + " and p.id = :id")
                .param("partner", (Long) null).param("id", id.value())
                .query((rs, n) -> owedRow(new PartnershipId(rs.getLong(1)), new ItemId(rs.getLong(2)), rs.getLong(3),
                        rs.getString(4) != null ? rs.getString(4) : rs.getString(5), rs.getBigDecimal(6),
                        new InvoiceId(rs.getLong(7)), rs.getLong(8), rs.getObject(9, LocalDate.class), rs.getBigDecimal(10),
                        rs.getBigDecimal(11), rs.getBigDecimal(12)))
                .optional();
    }

    private static final String PAID_FROM = " " + """
             from reconciled_partnership r
             join item i on i.tenant_id = r.tenant_id and i.id = r.item_id
             join invoice v on v.tenant_id = r.tenant_id and v.id = r.invoice_id
             where (cast(:partner as bigint) is null or exists (select 1 from reconciled_partnership_detail d
                    where d.reconciled_partnership_id = r.id and d.contact_id = cast(:partner as bigint)))""";

    @Transactional(readOnly = true)
    public Paged<PaidRow> paid(ContactId partner, int page, int size) {
        Long partnerId = partner == null ? null : partner.value();
        long total = jdbc.sql("select count(*) " + PAID_FROM).param("partner", partnerId).query(Long.class).single();
        List<PaidRow> rows = jdbc.sql("""
                        select r.id, r.partnership_id, r.item_id, i.stock_number, coalesce(i.description, i.category),
                               r.invoice_id, v.number, r.settlement_type, r.reconciled_on, r.sale_price, r.gross_profit,
                               (select coalesce(sum(d.payout), 0) from reconciled_partnership_detail d
                                where d.reconciled_partnership_id = r.id), r.reversed_at is not null """ + PAID_FROM
                        + " order by r.reconciled_on desc, r.id desc limit :size offset :offset")
                .param("partner", partnerId).param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> new PaidRow(rs.getLong(1), new PartnershipId(rs.getLong(2)), new ItemId(rs.getLong(3)),
                        Long.toString(rs.getLong(4)), rs.getString(5), new InvoiceId(rs.getLong(6)), rs.getLong(7),
                        SettlementType.ofStored(rs.getString(8)), rs.getObject(9, LocalDate.class), rs.getBigDecimal(10),
                        rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getBoolean(13)))
                .list();
        return new Paged<>(rows, page, size, total);
    }

    private OwedRow owedRow(PartnershipId id, ItemId item, long stockNumber, String description, BigDecimal itemCost,
                            InvoiceId invoice, long number, LocalDate soldOn, BigDecimal price, BigDecimal concession,
                            BigDecimal cost) {
        Partnership partnership = partnerships.get(id);
        PayoutPolicy.Split split = PayoutPolicy.split(partnership.value(itemCost), price, concession, partnership.partners());
        List<Suggested> suggestions = split.suggestions().stream().map(s -> new Suggested(s.share().contact(),
                contacts.find(s.share().contact()).map(c -> c.name().full()).orElse("Contact " + s.share().contact()),
                s.share().kind(), s.share().percent(), s.costPaidAmount(), s.payout())).toList();
        return new OwedRow(id, item, Long.toString(stockNumber), description, invoice, number, soldOn, price, concession,
                cost, price.subtract(concession).subtract(cost), split.storeKeeps(), suggestions);
    }
}
