package com.jeweltrak.partnerships.web;

import static com.jeweltrak.partnerships.PartnershipFixtures.owner;
import static com.jeweltrak.partnerships.PartnershipFixtures.profitOnly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.partnerships.PartnershipFixtures;
import com.jeweltrak.partnerships.PartnershipId;
import com.jeweltrak.partnerships.Partnerships;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The partnerships JSON API (issue 8 point 9): every refusal in the bad-input list is Problem Details. */
@IntegrationTest
class PartnershipsApiTests {

    static TestTenants.Tenant tenant;
    static ContactId ida;
    static ContactId jon;

    @Autowired MockMvc mvc;
    @Autowired PartnershipFixtures fixtures;
    @Autowired Partnerships partnerships;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired PartnershipFixtures fixtures) {
        tenant = tenants.open("partnerships-api");
        ida = fixtures.contact(tenant, "Ida", "Investor", true);
        jon = fixtures.contact(tenant, "Jon", "Finder", true);
    }

    private String setUpJson(String value, String partners) {
        return "{\"partnershipValue\": " + (value == null ? "null" : "\"" + value + "\"") + ", \"partners\": [" + partners + "]}";
    }

    private String partner(ContactId c, String kind, String pct, boolean selling) {
        return "{\"contactId\": " + c.value() + ", \"shareKind\": \"" + kind + "\", \"percent\": \"" + pct
                + "\", \"sellingPartner\": " + selling + "}";
    }

    private PartnershipId sold(ItemId item) {
        fixtures.setUp(tenant, item, "10000", owner(ida, "40"), profitOnly(jon, "10"));
        fixtures.sell(tenant, item, "9000");
        return fixtures.tx(tenant, () -> partnerships.latest(item).orElseThrow().id());
    }

    @Test
    void settingUpAnItemsPartnershipAnswersWithThePartnership() throws Exception {
        // issue 8 point 9; 02-sales §Partnerships Data
        ItemId item = fixtures.item(tenant, "8000");
        mvc.perform(post("/api/v1/items/" + item.value() + "/partnership").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(setUpJson("10000", partner(ida, "OWNER", "40", true) + "," + partner(jon, "PROFIT_ONLY", "10", false))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.partnershipValue").value("10000.00"))
                .andExpect(jsonPath("$.partners.length()").value(2))
                .andExpect(jsonPath("$.partners[0].sellingPartner").value(true));
    }

    @Test
    void splitsOverOneHundredPercentAreProblemDetails() throws Exception {
        // issue 8 bad input: splits over 100 %
        ItemId item = fixtures.item(tenant, "1000");
        mvc.perform(post("/api/v1/items/" + item.value() + "/partnership").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(setUpJson(null, partner(ida, "OWNER", "80", false) + "," + partner(jon, "PROFIT_ONLY", "30", false))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.detail", containsString("110 %")));
    }

    @Test
    void aChangedPayoutWithoutAReasonIsProblemDetails() throws Exception {
        // issue 8 bad input: a reconciliation without a reason when changed (R8)
        PartnershipId id = sold(fixtures.item(tenant, "8000"));
        mvc.perform(post("/api/v1/partnerships/" + id.value() + "/reconcile").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"payments\": [{\"partnerId\": " + ida.value() + ", \"payout\": \"3000\", \"paymentMethod\": \"ACH\"}]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors['payments[0].reason']", containsString("say why")));
    }

    @Test
    void reconcilingAnswersWithTheSnapshotAndTwiceIsAConflict() throws Exception {
        // 02-sales §Partnerships R7, R10; issue 8 bad input: reconciling twice → 409
        PartnershipId id = sold(fixtures.item(tenant, "8000"));
        mvc.perform(post("/api/v1/partnerships/" + id.value() + "/reconcile").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"payments\": []}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.settlementType").value("OwnerSold"))
                .andExpect(jsonPath("$.details[0].payout").value("3600.00"))
                .andExpect(jsonPath("$.details[1].payout").value("0.00"))
                .andExpect(jsonPath("$.totalOwnerProfitValue").value("-600.00"));
        mvc.perform(post("/api/v1/partnerships/" + id.value() + "/reconcile").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"payments\": []}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("already reconciled on")));
    }

    @Test
    void theReconcileEndpointHonoursTheIdempotencyKey() throws Exception {
        // design §4: a retried reconcile replays the first answer, nothing is paid twice
        PartnershipId id = sold(fixtures.item(tenant, "8000"));
        String first = mvc.perform(post("/api/v1/partnerships/" + id.value() + "/reconcile").header("Idempotency-Key", "rec-" + id)
                        .with(tenant.owner().signedIn()).contentType(MediaType.APPLICATION_JSON).content("{\"payments\": []}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String second = mvc.perform(post("/api/v1/partnerships/" + id.value() + "/reconcile").header("Idempotency-Key", "rec-" + id)
                        .with(tenant.owner().signedIn()).contentType(MediaType.APPLICATION_JSON).content("{\"payments\": []}"))
                .andExpect(status().isCreated()).andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn().getResponse().getContentAsString();
        assertThat(second).isEqualTo(first);
        assertThat(fixtures.count(tenant, "select count(*) from reconciled_partnership where partnership_id = ?", id.value()))
                .isEqualTo(1);
    }

    @Test
    void sellToPartnerWithNoSellingPartnerIsProblemDetails() throws Exception {
        // issue 8 bad input: Sell to Partner with no selling partner
        ItemId item = fixtures.item(tenant, "1000");
        fixtures.setUp(tenant, item, null, owner(ida, "50"));
        long id = fixtures.tx(tenant, () -> partnerships.latest(item).orElseThrow().id().value());
        mvc.perform(post("/api/v1/partnerships/" + id + "/sell-to-partner").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("Choose the Selling Partner")));
    }

    @Test
    void sellToPartnerAnswersWithTheSettlementInvoice() throws Exception {
        // 02-sales §Partnerships R11
        ItemId item = fixtures.item(tenant, "1000");
        fixtures.setUp(tenant, item, null, owner(ida, "50"));
        long id = fixtures.tx(tenant, () -> partnerships.latest(item).orElseThrow().id().value());
        String body = mvc.perform(post("/api/v1/partnerships/" + id + "/sell-to-partner").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"sellingPartnerId\": " + ida.value() + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long invoice = ((Number) JsonPath.read(body, "$.invoiceId")).longValue();
        mvc.perform(get("/api/v1/invoices/" + invoice).with(tenant.owner().signedIn()))
                .andExpect(jsonPath("$.customerId").value(ida.value()));
    }

    @Test
    void theListFiltersByStatusAndPartner() throws Exception {
        // issue 8 point 9: paged, filter status and partner
        ContactId kim = fixtures.contact(tenant, "Kim", "Solo", true);
        ItemId item = fixtures.item(tenant, "1000");
        fixtures.setUp(tenant, item, null, owner(kim, "25"));
        mvc.perform(get("/api/v1/partnerships").param("status", "ACTIVE").param("partner", Long.toString(kim.value()))
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].itemId").value(item.value()));
        mvc.perform(get("/api/v1/partnerships").param("status", "SOLD").param("partner", Long.toString(kim.value()))
                        .with(tenant.owner().signedIn()))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void anUnknownStatusFilterIsProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/partnerships").param("status", "LOST").with(tenant.owner().signedIn()))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void oneOwedPartnershipShowsItsSuggestedPayouts() throws Exception {
        // 02-sales §Partnerships R4, R6 through the API (issue 8 point 6: expose the figures)
        PartnershipId id = sold(fixtures.item(tenant, "8000"));
        mvc.perform(get("/api/v1/partnerships/" + id.value()).with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SOLD"))
                .andExpect(jsonPath("$.owed.salePrice").value("9000.00"))
                .andExpect(jsonPath("$.owed.grossProfit").value("1000.00"))
                .andExpect(jsonPath("$.owed.suggestions[0].suggestedPayout").value("3600.00"))
                .andExpect(jsonPath("$.owed.storeKeeps").value("5400.00"));
    }

    @Test
    void resettingAnActivePartnershipIsAConflict() throws Exception {
        // 02-sales §Partnerships R10: only a Paid (or Sold and returned) cycle is closed by a reset
        ItemId item = fixtures.item(tenant, "1000");
        fixtures.setUp(tenant, item, null, owner(ida, "50"));
        long id = fixtures.tx(tenant, () -> partnerships.latest(item).orElseThrow().id().value());
        mvc.perform(post("/api/v1/partnerships/" + id + "/reset").with(tenant.owner().signedIn()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("still active")));
    }

    @Test
    void aContactWithoutThePartnerRoleGainsItThroughTheApi() throws Exception {
        // issue 8 bad input: "a partner without the partner role (added automatically per Unified Contacts)"
        ContactId cal = fixtures.contact(tenant, "Cal", "Customer", false);
        ItemId item = fixtures.item(tenant, "1000");
        mvc.perform(post("/api/v1/items/" + item.value() + "/partnership").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content(setUpJson(null, partner(cal, "OWNER", "30", false))))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/contacts/" + cal.value()).with(tenant.owner().signedIn()))
                .andExpect(jsonPath("$.roles", org.hamcrest.Matchers.hasItems("customer", "partner")));
    }
}
