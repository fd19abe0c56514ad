package com.jeweltrak.inventory.styles.web;

import java.util.function.Consumer;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.styles.Style;
import com.jeweltrak.inventory.styles.Styles;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.lists.Column;
import com.jeweltrak.platform.lists.ListDefinition;
import com.jeweltrak.platform.lists.ListFilter;
import com.jeweltrak.platform.lists.ListQuery;
import com.jeweltrak.platform.lists.ListSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Inventory → Style Catalog as the list component shows it (04-inventory §Style Catalog UI): search, sort, peek. */
@Configuration(proxyBeanMethods = false)
class StylesList {

    static final String KEY = "inventory.styles";

    @Bean
    ListDefinition<Style> stylesListDefinition(Styles styles) {
        return ListDefinition.builder(KEY, Style.class)
                .title("Style catalog")
                .pageUrl("/inventory/styles")
                .permission("Inventory.View")
                .domIds("styleResults", "styleList")
                .column(Column.<Style>of("styleNumber", "Style #", Style::styleNumber).identifying()
                        .sortedBy("lower(style_number)").linkedTo(s -> "/inventory/styles/" + s.id().value()))
                .column(Column.<Style>of("description", "Description", Style::description).sortedBy("lower(description)"))
                .column(Column.<Style>of("family", "Family", s -> s.family().label()).sortedBy("family"))
                .column(Column.<Style>of("category", "Category", Style::category).sortedBy("lower(category)"))
                .column(Column.<Style>of("metal", "Metal", s -> s.metal() == null ? null
                        : s.metal() + (s.karat() == null ? "" : " " + s.karat())).hiddenByDefault().sortedBy("lower(metal)"))
                .column(Column.<Style>of("defaultRetail", "Default retail", s -> s.defaultRetail() == null ? null
                        : "$" + String.format("%,.2f", s.defaultRetail())).sortedBy("default_retail").right())
                .column(Column.<Style>of("status", "Status", s -> s.active() ? "Active" : "Inactive").sortedBy("active")
                        .badge(s -> s.active() ? "text-bg-success" : "text-bg-secondary"))
                .filter(ListFilter.of("status", "Status", "Active and inactive",
                        new ListFilter.Option("active", "Active", "active"),
                        new ListFilter.Option("inactive", "Inactive", "not active")))
                .filter(ListFilter.of("family", "Family", "Every family",
                        java.util.Arrays.stream(Family.values()).map(f -> new ListFilter.Option(f.recordType(), f.plural(),
                                "family = '" + f.code() + "'")).toArray(ListFilter.Option[]::new)))
                .defaultOrder(Styles.DEFAULT_ORDER)
                .id("id", s -> s.id().value())
                .peek(s -> "/peek/style/" + s.id().value())
                .source(new ListSource<>() {
                    @Override
                    public Paged<Style> page(ListQuery query) {
                        return styles.page(query);
                    }

                    @Override
                    public void each(ListQuery query, Consumer<? super Style> row) {
                        styles.each(query, row);
                    }
                })
                .build();
    }
}
