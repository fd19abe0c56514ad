package com.jeweltrak.partnerships.web;

import static com.jeweltrak.partnerships.PartnershipFixtures.owner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.partnerships.PartnershipFixtures;
import com.jeweltrak.partnerships.Partnerships;
import com.jeweltrak.partnerships.ReconcilingAPartnership;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** 09-reports §3 R1: a reconciled partnership shows in the item's Transactions tab. */
@IntegrationTest
class PartnershipItemHistoryTests {

    @Autowired TestTenants tenants;
    @Autowired PartnershipFixtures fixtures;
    @Autowired Partnerships partnerships;
    @Autowired ReconcilingAPartnership reconciling;
    @Autowired MockMvc mvc;

    @Test
    void aReconciledPartnershipIsListedWithTheSale() throws Exception {
        TestTenants.Tenant tenant = tenants.open("partnership-history");
        var ann = fixtures.contact(tenant, "Ann", "Owner", true);
        ItemId item = fixtures.item(tenant, "8000");
        fixtures.setUp(tenant, item, "10000", owner(ann, "40"));
        InvoiceId invoice = fixtures.sell(tenant, item, "16000");
        var id = fixtures.tx(tenant, () -> partnerships.latest(item).orElseThrow()).id();
        fixtures.as(tenant, () -> reconciling.reconcile(id, List.of()));

        String html = mvc.perform(get("/inventory/items/" + item.value() + "/transactions?type=PARTNERSHIP_RECONCILED")
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String body = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));

        assertThat(body).contains(">Partnership reconciled<", "Partnership 1", "16,000.00",
                "/sales/invoices/" + invoice.value());
    }
}
