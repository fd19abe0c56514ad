package com.jeweltrak.services.appraisals.web;

import java.util.function.Consumer;

import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.lists.Column;
import com.jeweltrak.platform.lists.ListDefinition;
import com.jeweltrak.platform.lists.ListFilter;
import com.jeweltrak.platform.lists.ListQuery;
import com.jeweltrak.platform.lists.ListSource;
import com.jeweltrak.platform.users.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Appraisals list (03-services §13 UI): newest first, with status, purpose and total; filtered by status and purpose. */
@Configuration(proxyBeanMethods = false)
class AppraisalsList {

    static final String KEY = "services.appraisals";

    @Bean
    ListDefinition<AppraisalRow> appraisalsListDefinition(AppraisalRows rows) {
        return ListDefinition.builder(KEY, AppraisalRow.class)
                .title("Appraisals")
                .pageUrl("/services/appraisals")
                .permission(Permission.key("Appraisals", "View"))
                .domIds("appraisalResults", "appraisalList")
                .column(Column.<AppraisalRow>of("number", "Appraisal", r -> Long.toString(r.number())).identifying()
                        .sortedBy("a.number").linkedTo(r -> "/services/appraisals/" + r.id()))
                .column(Column.<AppraisalRow>of("status", "Status", AppraisalRow::statusLabel).badge(AppraisalRow::badgeClass))
                .column(Column.<AppraisalRow>of("customer", "Customer", AppraisalRow::customer)
                        .sortedBy("lower(coalesce(c.last_name, c.company, ''))", "lower(coalesce(c.first_name, ''))"))
                .column(Column.<AppraisalRow>of("date", "Date", AppraisalRow::date).sortedBy("a.appraisal_date", "a.id"))
                .column(Column.<AppraisalRow>of("purpose", "Purpose", AppraisalRow::purpose))
                .column(Column.<AppraisalRow>of("items", "Items", AppraisalRow::items).right())
                .column(Column.<AppraisalRow>of("total", "Total appraised", AppraisalRow::totalText).right()
                        .sortedBy(AppraisalRows.TOTAL, "a.id"))
                .column(Column.<AppraisalRow>of("store", "Store", AppraisalRow::store).hiddenByDefault())
                .filter(ListFilter.of("status", "Status", "Every status",
                        new ListFilter.Option("draft", "Draft", "a.status = 'DRAFT'"),
                        new ListFilter.Option("finalized", "Finalized", "a.status = 'FINALIZED'")))
                .filter(ListFilter.of("purpose", "Purpose", "Every purpose",
                        new ListFilter.Option("insurance", "Insurance", "a.purpose = 'INSURANCE'"),
                        new ListFilter.Option("estate", "Estate", "a.purpose = 'ESTATE'"),
                        new ListFilter.Option("resale", "Resale", "a.purpose = 'RESALE'"),
                        new ListFilter.Option("other", "Other", "a.purpose = 'OTHER'")))
                .defaultOrder("a.appraisal_date desc, a.id desc")
                .id("a.id", AppraisalRow::id)
                .peek(r -> "/peek/" + AppraisalPeek.TYPE + "/" + r.id())
                .source(new ListSource<>() {
                    @Override
                    public Paged<AppraisalRow> page(ListQuery query) {
                        return rows.page(query);
                    }

                    @Override
                    public void each(ListQuery query, Consumer<? super AppraisalRow> row) {
                        rows.each(query, row);
                    }
                })
                .build();
    }
}
