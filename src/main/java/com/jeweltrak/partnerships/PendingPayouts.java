package com.jeweltrak.partnerships;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jeweltrak.contacts.ContactId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the store still owes its partners (02-sales §Partnerships R4, R17): the suggested payouts ({@link PayoutPolicy},
 * decision 3) of every sale still OWED — 0.00 once reconciled. ONE read model, so the Partnerships page's owed total
 * and the Sold Partnership Items report's "Pending payouts total" are the same figure by construction. The Partnership
 * Value is the stored one, or the item's (live) cost when none was set — as the reconciliation computes it.
 */
@Component
public class PendingPayouts {

    private static final String OWED = """
            select s.id, s.partnership_id, s.sale_price, s.trade_concession, coalesce(p.partnership_value, i.cost) as value
            from partnership_sale s
            join partnership p on p.tenant_id = s.tenant_id and p.id = s.partnership_id
            join item i on i.tenant_id = p.tenant_id and i.id = p.item_id
            where s.status = 'OWED'""";

    private final JdbcClient jdbc;

    PendingPayouts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Σ over every owed sale of the tenant of its suggested payouts, in cents. */
    @Transactional(readOnly = true)
    public BigDecimal total() {
        return splits(null).values().stream().map(PayoutPolicy.Split::suggestedTotal)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** Of these sales, the owed ones with their suggested payouts total (a reconciled or cancelled sale is absent). */
    @Transactional(readOnly = true)
    public Map<Long, BigDecimal> ofSales(Collection<Long> sales) {
        if (sales.isEmpty()) return Map.of();
        Map<Long, BigDecimal> owed = new HashMap<>();
        splits(sales).forEach((sale, split) -> owed.put(sale, split.suggestedTotal()));
        return owed;
    }

    /** Σ over every owed sale of what is suggested for this partner. */
    @Transactional(readOnly = true)
    public BigDecimal owedTo(ContactId partner) {
        return splits(null).values().stream().flatMap(s -> s.suggestions().stream())
                .filter(s -> s.share().contact().equals(partner)).map(PayoutPolicy.Suggestion::payout)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** Each owed sale's split (by sale id, oldest first): one query for the sales, one for their partners. */
    @Transactional(readOnly = true)
    public Map<Long, PayoutPolicy.Split> splits(Collection<Long> only) {
        record Owed(long sale, long partnership, BigDecimal price, BigDecimal concession, BigDecimal value) {
        }
        var query = only == null ? jdbc.sql(OWED + " order by s.id")
                : jdbc.sql(OWED + " and s.id = any(?) order by s.id").param(only.toArray(Long[]::new));
        List<Owed> owed = query.query((rs, n) -> new Owed(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3),
                rs.getBigDecimal(4), rs.getBigDecimal(5))).list();
        if (owed.isEmpty()) return Map.of();
        Map<Long, List<PartnerShare>> partners = new HashMap<>();
        jdbc.sql("""
                        select partnership_id, contact_id, share_kind, percent, selling_partner from partnership_partner
                        where partnership_id = any(?) order by position, id""")
                .param(owed.stream().map(Owed::partnership).distinct().toArray(Long[]::new))
                .query(rs -> {
                    partners.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new PartnerShare(
                            new ContactId(rs.getLong(2)), ShareKind.valueOf(rs.getString(3)), rs.getBigDecimal(4),
                            rs.getBoolean(5)));
                });
        Map<Long, PayoutPolicy.Split> splits = new LinkedHashMap<>();
        for (Owed o : owed) {
            splits.put(o.sale(), PayoutPolicy.split(o.value(), o.price(), o.concession(),
                    partners.getOrDefault(o.partnership(), List.of())));
        }
        return splits;
    }
}
