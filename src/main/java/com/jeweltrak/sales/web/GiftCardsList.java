package com.jeweltrak.sales.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.lists.Column;
import com.jeweltrak.platform.lists.ListDefinition;
import com.jeweltrak.platform.lists.ListFilter;
import com.jeweltrak.platform.lists.ListQuery;
import com.jeweltrak.platform.lists.ListSource;
import com.jeweltrak.platform.users.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Gift cards list (08-accounting §Gift Cards R3): every card with what it holds, searched by number (typed with or
 * without spaces and dashes), filtered by status, sorted by any money column.
 */
@Configuration(proxyBeanMethods = false)
class GiftCardsList {

    static final String KEY = "sales.gift-cards";

    record GiftCardRow(long id, String number, BigDecimal balance, BigDecimal initialAmount, Instant issuedAt, String status) {

        String statusLabel() {
            return status.charAt(0) + status.substring(1).toLowerCase();
        }
    }

    static final String FROM = " from gift_card g where (:search = '' or g.card_number like :number)";

    @Bean
    ListDefinition<GiftCardRow> giftCardsListDefinition(Rows rows) {
        return ListDefinition.builder(KEY, GiftCardRow.class)
                .title("Gift cards")
                .pageUrl("/sales/gift-cards")
                .permission(Permission.key("Invoices", "View"))
                .domIds("giftCardResults", "giftCardList")
                .column(Column.<GiftCardRow>of("number", "Card number", GiftCardRow::number).identifying()
                        .sortedBy("g.card_number").linkedTo(r -> "/sales/gift-cards/" + r.id()))
                .column(Column.<GiftCardRow>of("balance", "Balance", r -> InvoiceRow.money(r.balance())).right()
                        .sortedBy("g.balance", "g.id"))
                .column(Column.<GiftCardRow>of("initial", "Initial", r -> InvoiceRow.money(r.initialAmount())).right()
                        .sortedBy("g.initial_amount", "g.id"))
                .column(Column.<GiftCardRow>of("issued", "Issued", r -> r.issuedAt().atZone(CurrentUser.get().map(CurrentUser::zone).orElse(java.time.ZoneOffset.UTC)).toLocalDate().toString())
                        .sortedBy("g.issued_at", "g.id"))
                .column(Column.<GiftCardRow>of("status", "Status", GiftCardRow::statusLabel).sortedBy("g.status"))
                .filter(ListFilter.of("status", "Status", "Every status",
                        new ListFilter.Option("active", "Active", "g.status = 'ACTIVE'"),
                        new ListFilter.Option("depleted", "Depleted", "g.status = 'DEPLETED'"),
                        new ListFilter.Option("voided", "Voided", "g.status = 'VOIDED'")))
                .defaultOrder("g.issued_at desc, g.id desc")
                .id("g.id", GiftCardRow::id)
                .source(new ListSource<>() {
                    @Override
                    public Paged<GiftCardRow> page(ListQuery query) {
                        return rows.page(query);
                    }

                    @Override
                    public void each(ListQuery query, Consumer<? super GiftCardRow> row) {
                        rows.each(query, row);
                    }
                })
                .build();
    }

    private static final String SELECT = "select g.id, g.card_number, g.balance, g.initial_amount, g.issued_at, g.status";

    private static GiftCardRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new GiftCardRow(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                rs.getTimestamp(5).toInstant(), rs.getString(6));
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, ListQuery query) {
        String number = com.jeweltrak.sales.GiftCards.normalize(query.search());
        String pattern = number == null ? "" : number.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return sql.param("search", number == null ? "" : number).param("number", pattern);
    }

    /** The rows, read in a transaction of their own (the tenant's rows only, row-level security). */
    @org.springframework.stereotype.Component
    static class Rows {

        private final JdbcClient jdbc;

        Rows(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Transactional(readOnly = true)
        public Paged<GiftCardRow> page(ListQuery query) {
            String where = FROM + " and " + query.where();
            long total = bind(jdbc.sql("select count(*)" + where), query).query(Long.class).single();
            List<GiftCardRow> rows = bind(jdbc.sql(SELECT + where + " order by " + query.orderBy()
                    + " limit :size offset :offset"), query)
                    .param("size", query.size()).param("offset", query.offset()).query(GiftCardsList::row).list();
            return new Paged<>(rows, query.page(), query.size(), total);
        }

        @Transactional(readOnly = true)
        public void each(ListQuery query, Consumer<? super GiftCardRow> row) {
            bind(jdbc.sql(SELECT + FROM + " and " + query.where() + " order by " + query.orderBy()), query)
                    .query(GiftCardsList::row).list().forEach(row);
        }
    }
}
