package com.jeweltrak.sales.web;

import java.util.Set;

import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Trade-ins on the invoice page and its PDF (02-sales §Trade-In Negotiation R1, R4; 10-settings CanEditTradeFields). */
@IntegrationTest
class TradeInPagesTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Person clerk;

    @Autowired MockMvc mvc;
    @Autowired SalesFixtures fixtures;
    @Autowired com.jeweltrak.sales.Invoices invoices;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("trade-in-pages");
        clerk = tenants.addPerson(tenant, "Clerk", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
    }

    private String page(TestTenants.Person who, InvoiceId id) throws Exception {
        return mvc.perform(get("/sales/invoices/" + id).with(who.signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private InvoiceId ringWithTradeIn() throws Exception {
        InvoiceId id = fixtures.openWith(tenant, fixtures.ring(tenant));
        mvc.perform(post("/sales/invoices/" + id + "/trade-ins").with(tenant.owner().signedIn()).with(csrf())
                        .param("tradeDescription", "Old gold bracelet").param("tradeFamily", "JEWELRY")
                        .param("tradeCategory", "Bracelet").param("tradeCredit", "500.00").param("tradeActualValue", "300.00"))
                .andExpect(redirectedUrl("/sales/invoices/" + id));
        return id;
    }

    // R1, R4: the page shows the credit as a minus line and prefills the concession with credit − actual value
    @Test
    void theTradeInShowsAsAMinusLineAndTheConcessionIsPrefilled() throws Exception {
        InvoiceId id = ringWithTradeIn();
        String html = page(tenant.owner(), id);
        assertThat(html).contains("Trade-in (Bracelet)", "-500.00", "id=\"tradeIns\"", "700.00");
        assertThat(html).containsPattern("name=\"tradeConcession\"[^>]*value=\"200.00\"");
        assertThat(html).containsPattern("name=\"tradeActualValue\"[^>]*value=\"300.00\"");
    }

    // 10-settings: without CanEditTradeFields the trade fields are not on the page
    @Test
    void withoutCanEditTradeFieldsTheTradeFieldsAreHidden() throws Exception {
        InvoiceId id = ringWithTradeIn();
        String html = page(clerk, id);
        assertThat(html).contains("Trade-in (Bracelet)").doesNotContain("name=\"tradeConcession\"", "name=\"tradeActualValue\"");
    }

    // issue 7 bad input on the page: a trade-in with no value is refused beside the credit, nothing typed lost
    @Test
    void aTradeInWithNoValueIsRefusedBesideTheCredit() throws Exception {
        InvoiceId id = fixtures.openWith(tenant, fixtures.ring(tenant));
        String html = mvc.perform(post("/sales/invoices/" + id + "/trade-ins").with(tenant.owner().signedIn()).with(csrf())
                        .param("tradeDescription", "Broken chain").param("tradeFamily", "JEWELRY").param("tradeCredit", "0"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"tradeCreditError\"", "needs a value", "value=\"Broken chain\"");
    }

    // R1: the concession is saved, shown to staff, and never printed; the PDF shows the full credit and the amount due
    @Test
    void thePdfShowsTheCustomerFacingFiguresOnly() throws Exception {
        InvoiceId id = ringWithTradeIn();
        String html = page(tenant.owner(), id);
        var matcher = java.util.regex.Pattern.compile("/sales/invoices/" + id + "/lines/(\\d+)/trade").matcher(html);
        assertThat(matcher.find()).isTrue();
        String firstLine = matcher.group(1);
        mvc.perform(post("/sales/invoices/" + id + "/lines/" + firstLine + "/trade").with(tenant.owner().signedIn()).with(csrf())
                        .param("tradeConcession", "200.00"))
                .andExpect(redirectedUrl("/sales/invoices/" + id));
        byte[] pdf = mvc.perform(get("/sales/invoices/" + id + "/pdf").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = InvoicePagesTests.text(pdf);
        assertThat(text).contains("Trade-in: Old gold bracelet", "1,200.00", "-500.00", "700.00")
                .doesNotContain("300.00", "concession", "Concession", "actual value")
                .doesNotContainPattern("(?<![\\d,])200\\.00"); // 1,200.00 is the ring's price
    }

    // Trade-In R5, 09-reports §Who Did I Sell This To?: the piece's item page names the invoice it came in on
    @Test
    void thePiecesItemPageNamesTheInvoiceItCameInOn() throws Exception {
        InvoiceId id = ringWithTradeIn();
        mvc.perform(post("/sales/invoices/" + id + "/finalize").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/sales/invoices/" + id));
        Long piece = fixtures.as(tenant, () -> invoices.get(id).lines().stream()
                .filter(com.jeweltrak.sales.InvoiceLine::isTradeIn).findFirst().orElseThrow().tradeIn().item().value());
        String itemPage = mvc.perform(get("/inventory/items/" + piece).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(itemPage).contains("id=\"itemDocuments\"", "/sales/invoices/" + id, "Old gold bracelet");
    }
}
