package com.jeweltrak.sales.web;

import java.math.BigDecimal;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.EditingContacts;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.Invoices;
import com.jeweltrak.sales.PartnerSettlementTests;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.sales.SettlingWithAPartner;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The settlement invoice on the invoice page and over the API (02-sales §Partnerships R11; issue 8 point 4). */
@IntegrationTest
class PartnerSettlementPagesTests {

    static TestTenants.Tenant tenant;

    @Autowired MockMvc mvc;
    @Autowired SalesFixtures fixtures;
    @Autowired SettlingWithAPartner settling;
    @Autowired Invoices invoices;
    @Autowired Items items;
    @Autowired EditingContacts editing;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("partner-settlement-pages");
    }

    private InvoiceId settle(String basis) {
        String stockId = fixtures.ring(tenant);
        ItemId item = fixtures.as(tenant, () -> transactions.execute(s -> items.findByStockId(stockId).orElseThrow().id()));
        ContactId partner = PartnerSettlementTests.partner(fixtures, tenant, editing, transactions);
        return fixtures.as(tenant, () -> settling.open(tenant.store(), partner, item, new BigDecimal(basis), null));
    }

    private long lineOf(InvoiceId id) {
        return fixtures.as(tenant, () -> invoices.get(id)).lines().getFirst().id();
    }

    private String page(InvoiceId id) throws Exception {
        return mvc.perform(get("/sales/invoices/" + id).with(tenant.owner().signedIn())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    // 02-sales §Partnerships R11: the page shows the price empty, asking what the partner remits, and says why no tax
    @Test
    void thePageShowsAnEmptyPriceAskingWhatThePartnerRemitsAndTheNotTaxableNote() throws Exception {
        String body = page(settle("175.00"));
        assertThat(body).contains("placeholder=\"What the partner remits\"")
                .contains("Partner settlement — not taxable");
    }

    // 02-sales §Partnerships R11: the page's Taxable box is locked off on a settlement line
    @Test
    void thePagesTaxableBoxIsLockedOnASettlementLine() throws Exception {
        String body = page(settle("175.00"));
        java.util.regex.Matcher box = java.util.regex.Pattern.compile("<input type=\"checkbox\"[^>]*name=\"taxable\"[^>]*>")
                .matcher(body.substring(body.indexOf("jt-partner-settlement")));
        assertThat(box.find()).isTrue();
        assertThat(box.group()).contains("disabled");
    }

    // 02-sales §Partnerships R11: finalizing from the page with no price entered is refused with the message shown
    @Test
    void finalizingFromThePageWithoutThePriceShowsWhyNot() throws Exception {
        InvoiceId id = settle("175.00");
        String body = mvc.perform(post("/sales/invoices/" + id + "/finalize").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("Enter what the partner is remitting");
    }

    // 02-sales §Partnerships R11: the API refuses making a settlement line taxable
    @Test
    void theApiRefusesMakingASettlementLineTaxable() throws Exception {
        InvoiceId id = settle("175.00");
        mvc.perform(put("/api/v1/invoices/" + id + "/lines/" + lineOf(id)).with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"taxable\": true}"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.detail").value("A partner settlement is never taxable — the partner is the merchant of record"));
    }

    // 02-sales §Partnerships R11: the API refuses changing a settlement line's cost (the partnership basis)
    @Test
    void theApiRefusesChangingASettlementLinesCost() throws Exception {
        InvoiceId id = settle("175.00");
        mvc.perform(put("/api/v1/invoices/" + id + "/lines/" + lineOf(id)).with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"cost\": \"350.00\"}"))
                .andExpect(status().is(422));
        assertThat(fixtures.as(tenant, () -> invoices.get(id)).lines().getFirst().cost()).isEqualByComparingTo("175.00");
    }

    // 02-sales §Partnerships R11: the API finalize refuses a settlement priced 0.00
    @Test
    void theApiRefusesFinalizingASettlementPricedZero() throws Exception {
        InvoiceId id = settle("175.00");
        mvc.perform(post("/api/v1/invoices/" + id + "/finalize").with(tenant.owner().signedIn()))
                .andExpect(status().is(422)).andExpect(jsonPath("$.detail").value("Enter what the partner is remitting"));
    }
}
