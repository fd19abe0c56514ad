package com.jeweltrak.settings.web;

import java.math.BigDecimal;
import java.util.function.Consumer;

import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.lists.Column;
import com.jeweltrak.platform.lists.ListDefinition;
import com.jeweltrak.platform.lists.ListFilter;
import com.jeweltrak.platform.lists.ListQuery;
import com.jeweltrak.platform.lists.ListSource;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.users.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Settings → Stores as the list component shows it (10-settings §Store Configuration). The page is
 * a tenant admin's, so it lists every store; the API narrows the same list to the caller's stores.
 */
@Configuration(proxyBeanMethods = false)
class StoresList {

    static final String KEY = "settings.stores";

    @Bean
    ListDefinition<Store> storesListDefinition(Stores stores) {
        return ListDefinition.builder(KEY, Store.class)
                .title("Stores")
                .pageUrl("/settings/stores")
                .permission(Permission.CAN_MANAGE_USERS)
                .domIds("storeResults", "storeList")
                .column(Column.<Store>of("name", "Name", Store::name).identifying().sortedBy("lower(name)")
                        .linkedTo(s -> "/settings/stores/" + s.id().value()))
                .column(Column.<Store>of("city", "City", s -> s.address().city()).sortedBy("lower(city)"))
                .column(Column.<Store>of("region", "State / region", s -> s.address().region()).hiddenByDefault()
                        .sortedBy("lower(region)"))
                .column(Column.<Store>of("phone", "Phone", Store::phone).hiddenByDefault())
                .column(Column.<Store>of("timeZone", "Time zone", s -> s.timeZone().getId()).sortedBy("time_zone"))
                .column(Column.<Store>of("taxRate", "Tax", s -> percent(s.tax().taxRate())).sortedBy("tax_rate").right())
                .column(Column.<Store>of("surTaxRate", "Surtax", s -> percent(s.tax().surTaxRate())).sortedBy("sur_tax_rate")
                        .right())
                .column(Column.<Store>of("defaultStockType", "Default stock type",
                        s -> Choices.STOCK_TYPES.get(String.valueOf(s.defaultStockType()))).sortedBy("default_stock_type"))
                .column(Column.<Store>of("status", "Status", s -> s.active() ? "Active" : "Inactive").sortedBy("active")
                        .badge(s -> s.active() ? "text-bg-success" : "text-bg-secondary"))
                .filter(ListFilter.of("status", "Status", "Active and inactive",
                        new ListFilter.Option("active", "Active", "active"),
                        new ListFilter.Option("inactive", "Inactive", "not active")))
                .defaultOrder(Stores.DEFAULT_ORDER)
                .id("id", s -> s.id().value())
                .peek(s -> "/peek/store/" + s.id().value())
                .source(new ListSource<>() {
                    @Override
                    public Paged<Store> page(ListQuery query) {
                        return stores.page(query, null);
                    }

                    @Override
                    public void each(ListQuery query, Consumer<? super Store> row) {
                        stores.each(query, null, row);
                    }
                })
                .build();
    }

    /** 0.0625 → "6.25%", as the store form shows rates. */
    static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
