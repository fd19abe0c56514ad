package com.jeweltrak.sales.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.JewelryDetails;
import com.jeweltrak.inventory.NewStock;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestItemMarks;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Other modules' item marks on the invoice page's lines (issue 8 point 1), through the {@link TestItemMarks} stand-in. */
@IntegrationTest
class InvoiceLineMarksTests {

    static TestTenants.Tenant tenant;

    @Autowired MockMvc mvc;
    @Autowired SalesFixtures fixtures;
    @Autowired ReceivingAnItem receiving;
    @Autowired Items items;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("invoice-line-marks");
    }

    private String stockId(String description) {
        Item ring = new Item(null, 0, tenant.store(), "Ring", null, description, null, true, LocalDate.of(2026, 11, 1),
                new BigDecimal("350.00"), new Item.Prices(null, null, null, new BigDecimal("1200.00")), null,
                new JewelryDetails("Yellow Gold", "14K", null, null, null, "LADIES", "NEW"));
        return fixtures.as(tenant, () -> {
            ItemId id = receiving.receive(ring, NewStock.one());
            return items.get(id).stockId();
        });
    }

    // issue 8 point 1 (badges): a line of a marked item shows the mark on the invoice page; a plain item's line does not
    @Test
    void aMarkedItemsLineShowsItsBadgeOnTheInvoicePage() throws Exception {
        String marked = stockId("Shared ring " + UUID.randomUUID() + " " + TestItemMarks.MARKER);
        InvoiceId invoice = fixtures.openWith(tenant, marked);
        String body = mvc.perform(get("/sales/invoices/" + invoice).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("jt-line-marks").contains("title=\"" + TestItemMarks.MARK.title() + "\"");

        InvoiceId plain = fixtures.openWith(tenant, stockId("Plain ring " + UUID.randomUUID()));
        assertThat(mvc.perform(get("/sales/invoices/" + plain).with(tenant.owner().signedIn()))
                .andReturn().getResponse().getContentAsString()).doesNotContain("jt-line-marks");
    }
}
