package com.jeweltrak.accounting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.function.Consumer;

import com.jeweltrak.accounting.Receivables;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.lists.Column;
import com.jeweltrak.platform.lists.ListDefinition;
import com.jeweltrak.platform.lists.ListFilter;
import com.jeweltrak.platform.lists.ListQuery;
import com.jeweltrak.platform.lists.ListSource;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.users.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Accounting → Accounts receivable as the list component shows it (08-accounting §AR R1–R3, R8): one row per customer
 * with a balance, the four aging buckets as of today in the person's store, credit on account as its own column (so
 * the buckets add up to the open invoices and Balance = buckets − Credit) and the last activity. The search box finds a
 * customer by name (accents ignored); filters: aging bracket (customers with something in it) and, with two or more
 * stores, the store ({@link ReceivablesStoreFilter}). Sorted by balance, largest first, by default.
 */
@Configuration(proxyBeanMethods = false)
class ReceivablesList {

    static final String KEY = "accounting.receivables";
    static final String AGING_FILTER = "aging";

    @Bean
    ListDefinition<Receivables.CustomerAr> receivablesListDefinition(Receivables receivables, Clock clock) {
        return ListDefinition.builder(KEY, Receivables.CustomerAr.class)
                .title("Accounts receivable")
                .pageUrl("/accounting/receivables")
                .permission(Permission.SHOW_REPORTS)
                .domIds("receivablesResults", "receivablesList")
                .column(Column.<Receivables.CustomerAr>of("customer", "Customer", Receivables.CustomerAr::name).identifying()
                        .sortedBy("lower(r.name)").linkedTo(r -> "/accounting/receivables/" + r.customer().value()))
                .column(money("days0to30", "0–30", Receivables.CustomerAr::days0to30, "r.b0"))
                .column(money("days31to60", "31–60", Receivables.CustomerAr::days31to60, "r.b31"))
                .column(money("days61to90", "61–90", Receivables.CustomerAr::days61to90, "r.b61"))
                .column(money("days91plus", "91+", Receivables.CustomerAr::days91plus, "r.b91"))
                .column(money("credit", "Credit", Receivables.CustomerAr::credit, "r.credit"))
                .column(money("balance", "Balance", Receivables.CustomerAr::balance, "r.balance"))
                .column(Column.<Receivables.CustomerAr>of("lastActivity", "Last activity", Receivables.CustomerAr::lastActivity)
                        .sortedBy("r.last_activity"))
                .column(Column.<Receivables.CustomerAr>of("email", "E-mail", Receivables.CustomerAr::email).hiddenByDefault())
                .filter(ListFilter.of(AGING_FILTER, "Aging", "Any age", Arrays.stream(Receivables.Bracket.values())
                        .map(b -> new ListFilter.Option(b.name().toLowerCase().replace('_', '-'), b.label(), b.sql()))
                        .toArray(ListFilter.Option[]::new)))
                .defaultOrder(Receivables.BY_BALANCE)
                .id("r.customer_id", r -> r.customer().value())
                .peek(r -> "/peek/contact/" + r.customer().value())
                .source(new ListSource<>() {
                    @Override
                    public Paged<Receivables.CustomerAr> page(ListQuery query) {
                        return receivables.page(query, today(clock));
                    }

                    @Override
                    public void each(ListQuery query, Consumer<? super Receivables.CustomerAr> row) {
                        receivables.each(query, today(clock), row);
                    }
                })
                .build();
    }

    @Bean
    com.jeweltrak.platform.lists.BulkAction statementsPdfAction() {
        return StatementsBulkAction.PDF;
    }

    @Bean
    com.jeweltrak.platform.lists.BulkAction statementsEmailAction() {
        return StatementsBulkAction.EMAIL;
    }

    /** R8: the as-of date of the list is today where the person works. */
    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(CurrentUser.get().map(CurrentUser::zone).orElse(ZoneOffset.UTC)));
    }

    private static Column<Receivables.CustomerAr> money(String key, String label,
                                                       java.util.function.Function<Receivables.CustomerAr, java.math.BigDecimal> value,
                                                       String sql) {
        return Column.<Receivables.CustomerAr>of(key, label, r -> value.apply(r).toPlainString()).sortedBy(sql).right();
    }
}
