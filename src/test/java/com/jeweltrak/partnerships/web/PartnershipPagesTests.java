package com.jeweltrak.partnerships.web;

import static com.jeweltrak.partnerships.PartnershipFixtures.owner;
import static com.jeweltrak.partnerships.PartnershipFixtures.profitOnly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.partnerships.PartnershipFixtures;
import com.jeweltrak.partnerships.PartnershipId;
import com.jeweltrak.partnerships.PartnershipStatus;
import com.jeweltrak.partnerships.Partnerships;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The Partnership tab and the Partnerships page (02-sales §Partnerships UI; issue 8 points 1–4, 8). */
@IntegrationTest
class PartnershipPagesTests {

    static TestTenants.Tenant tenant;
    static ContactId gil;
    static ContactId hal;

    @Autowired MockMvc mvc;
    @Autowired PartnershipFixtures fixtures;
    @Autowired Partnerships partnerships;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired PartnershipFixtures fixtures) {
        tenant = tenants.open("partnership-pages");
        gil = fixtures.contact(tenant, "Gil", "Goldsmith", true);
        hal = fixtures.contact(tenant, "Hal", "Finder", true);
    }

    private PartnershipId sold(ItemId item) {
        fixtures.setUp(tenant, item, "10000", owner(gil, "40"), profitOnly(hal, "10"));
        fixtures.sell(tenant, item, "9000");
        return fixtures.tx(tenant, () -> partnerships.latest(item).orElseThrow().id());
    }

    @Test
    void theTabShowsThePartnersWithTheirSplits() throws Exception {
        // 02-sales §Partnerships UI: costs, partners grid, Selling Partner
        ItemId item = fixtures.item(tenant, "8000");
        fixtures.setUp(tenant, item, "10000", owner(gil, "40"), profitOnly(hal, "10"));
        mvc.perform(get("/partnerships/items/" + item.value()).with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gil Goldsmith")))
                .andExpect(content().string(containsString("Hal Finder")))
                .andExpect(content().string(containsString("Partnership Value")))
                .andExpect(content().string(containsString("Sell to Partner")));
    }

    @Test
    void thePartnersGridNamesEachPartnerNotTheirNumber() throws Exception {
        // 02-sales §Partnerships UI: the partners grid (was "Contact 12": a SpEL map index read the variable's name)
        ItemId item = fixtures.item(tenant, "8000");
        fixtures.setUp(tenant, item, "10000", owner(gil, "40"));
        mvc.perform(get("/partnerships/items/" + item.value()).with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">Gil Goldsmith</a>")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(">Contact " + gil.value() + "</a>"))));
    }

    @Test
    void theTabIsAFragmentForHtmx() throws Exception {
        // P2's ItemTabs: the item page loads the tab's body by htmx
        ItemId item = fixtures.item(tenant, "1000");
        String body = mvc.perform(get("/partnerships/items/" + item.value()).header("HX-Request", "true")
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("id=\"partnershipTab\"").doesNotContain("<html");
    }

    @Test
    void savingTheTabAddsAPartnerFromThePicker() throws Exception {
        // 02-sales §Partnerships Data, R2: a partner added from the contact picker with Owner %
        ItemId item = fixtures.item(tenant, "1000");
        mvc.perform(post("/partnerships/items/" + item.value()).with(tenant.owner().signedIn()).with(csrf())
                        .param("actualCost", "1000.00").param("partnershipValue", "")
                        .param("newPartnerId", Long.toString(gil.value())).param("newKind", "OWNER").param("newPercent", "50"))
                .andExpect(redirectedUrl("/partnerships/items/" + item.value()));
        var saved = fixtures.tx(tenant, () -> partnerships.latest(item).orElseThrow());
        assertThat(saved.partners()).hasSize(1);
        assertThat(saved.partners().getFirst().percent()).isEqualByComparingTo("50");
    }

    @Test
    void splitsOverOneHundredPercentAreRefusedBesideTheGridKeepingWhatWasTyped() throws Exception {
        // 02-sales §Partnerships R2; design §5: errors beside the field, nothing typed lost
        ItemId item = fixtures.item(tenant, "1000");
        fixtures.setUp(tenant, item, null, owner(gil, "60"));
        mvc.perform(post("/partnerships/items/" + item.value()).with(tenant.owner().signedIn()).with(csrf())
                        .param("actualCost", "1000.00").param("partnerId", Long.toString(gil.value())).param("kind", "OWNER")
                        .param("percent", "60").param("newPartnerId", Long.toString(hal.value()))
                        .param("newKind", "PROFIT_ONLY").param("newPercent", "45"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("105 %")))
                .andExpect(content().string(containsString("id=\"partnersError\"")))
                .andExpect(content().string(containsString("value=\"45\"")));
    }

    @Test
    void theSetUpIsRefusedWithTheReasonWhileSold() throws Exception {
        // 02-sales §Partnerships R10: frozen while Sold (409 with the reason)
        ItemId item = fixtures.item(tenant, "8000");
        sold(item);
        mvc.perform(post("/partnerships/items/" + item.value()).with(tenant.owner().signedIn()).with(csrf())
                        .param("partnerId", Long.toString(gil.value())).param("kind", "OWNER").param("percent", "30"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("not yet reconciled")));
    }

    @Test
    void thePartnershipsPageListsSoldItemsWithTheSuggestedPayouts() throws Exception {
        // 02-sales §Partnerships R4; decision 3's loss example: Gil 3,600.00, Hal 0.00
        ItemId item = fixtures.item(tenant, "8000");
        sold(item);
        String stockId = fixtures.stockId(tenant, item);
        mvc.perform(get("/partnerships").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">" + stockId + "<")))
                .andExpect(content().string(containsString("3,600.00")))
                .andExpect(content().string(containsString("9,000.00")));
    }

    @Test
    void aRowExpandsToItsReconcileFormPrefilledWithTheSuggestions() throws Exception {
        // 02-sales §Partnerships R7: expand → review suggestions; "You keep" = 9,000 − 3,600
        ItemId item = fixtures.item(tenant, "8000");
        PartnershipId id = sold(item);
        mvc.perform(get("/partnerships/" + id.value() + "/reconcile").header("HX-Request", "true")
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"3600.00\"")))
                .andExpect(content().string(containsString("You keep 5,400.00")));
    }

    @Test
    void aChangedPayoutWithoutAReasonIsRefusedBesideThatPartnersRow() throws Exception {
        // 02-sales §Partnerships R8: saving without a reason is blocked, beside the partner's row
        ItemId item = fixtures.item(tenant, "8000");
        PartnershipId id = sold(item);
        mvc.perform(post("/partnerships/" + id.value() + "/reconcile").with(tenant.owner().signedIn()).with(csrf())
                        .param("partner", Long.toString(gil.value()), Long.toString(hal.value()))
                        .param("payout", "3500.00", "0.00").param("date", "", "").param("method", "Check", "Cash")
                        .param("checkNumber", "", "").param("notes", "", "").param("reason", "", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("say why")))
                .andExpect(content().string(containsString("value=\"3500.00\"")));
        assertThat(fixtures.tx(tenant, () -> partnerships.get(id)).status()).isEqualTo(PartnershipStatus.SOLD);
    }

    @Test
    void eachPaidRowLeadsToItsAudit() throws Exception {
        // 02-sales §Partnerships R18, issue 8 point 5: the audit of every reconciled item is one click from the Paid list
        ItemId item = fixtures.item(tenant, "8000");
        PartnershipId id = sold(item);
        mvc.perform(post("/partnerships/" + id.value() + "/reconcile").with(tenant.owner().signedIn()).with(csrf())
                        .param("partner", Long.toString(gil.value()), Long.toString(hal.value()))
                        .param("payout", "", "").param("date", "", "").param("method", "Cash", "Cash")
                        .param("checkNumber", "", "").param("notes", "", "").param("reason", "", ""))
                .andExpect(redirectedUrl("/partnerships?view=paid"));
        mvc.perform(get("/partnerships").param("view", "paid").with(tenant.owner().signedIn()))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*href=\"/partnerships/reconciliations/\\d+/audit\".*")));
    }

    @Test
    void reconcilingMovesTheItemToThePaidList() throws Exception {
        // 02-sales §Partnerships R7: Paid, off the open list, on the Paid tab
        ItemId item = fixtures.item(tenant, "8000");
        PartnershipId id = sold(item);
        mvc.perform(post("/partnerships/" + id.value() + "/reconcile").with(tenant.owner().signedIn()).with(csrf())
                        .param("partner", Long.toString(gil.value()), Long.toString(hal.value()))
                        .param("payout", "3500.00", "0.00").param("date", "", "").param("method", "Check", "Cash")
                        .param("checkNumber", "2001", "").param("notes", "", "")
                        .param("reason", "$100 for the sizing the store paid", ""))
                .andExpect(redirectedUrl("/partnerships?view=paid"));
        String stockId = fixtures.stockId(tenant, item);
        mvc.perform(get("/partnerships").param("view", "paid").with(tenant.owner().signedIn()))
                .andExpect(content().string(containsString(">" + stockId + "<")))
                .andExpect(content().string(containsString("OwnerSold")));
        mvc.perform(post("/partnerships/" + id.value() + "/reconcile").with(tenant.owner().signedIn()).with(csrf())
                        .param("partner", Long.toString(gil.value())).param("payout", "").param("date", "")
                        .param("method", "Cash").param("checkNumber", "").param("notes", "").param("reason", ""))
                .andExpect(redirectedUrl("/partnerships"))
                .andExpect(flash().attribute("flashError", containsString("already reconciled on")));
    }

    @Test
    void sellToPartnerWithoutASellingPartnerIsRefusedWithTheReason() throws Exception {
        // issue 8 bad input; 02-sales §Partnerships R11
        ItemId item = fixtures.item(tenant, "1000");
        fixtures.setUp(tenant, item, null, owner(gil, "50"));
        mvc.perform(post("/partnerships/items/" + item.value() + "/sell-to-partner").with(tenant.owner().signedIn())
                        .with(csrf()).param("sellingPartner", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Choose the Selling Partner")));
    }

    @Test
    void sellToPartnerOpensTheSettlementInvoice() throws Exception {
        // 02-sales §Partnerships R11: redirect to the draft invoice
        ItemId item = fixtures.item(tenant, "1000");
        fixtures.setUp(tenant, item, null, owner(gil, "50"));
        mvc.perform(post("/partnerships/items/" + item.value() + "/sell-to-partner").with(tenant.owner().signedIn())
                        .with(csrf()).param("sellingPartner", Long.toString(gil.value())))
                .andExpect(redirectedUrlPattern("/sales/invoices/*"));
        assertThat(fixtures.tx(tenant, () -> partnerships.latest(item).orElseThrow()).settlementInvoice()).isNotNull();
    }
}
