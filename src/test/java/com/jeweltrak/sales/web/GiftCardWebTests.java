package com.jeweltrak.sales.web;

import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Gift-card and store-credit pages and API (08-accounting §Gift Cards R1–R9, §Store Credits R9, R10; design §5, §5b). */
@IntegrationTest
class GiftCardWebTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Person clerk;

    @Autowired MockMvc mvc;
    @Autowired SalesFixtures fixtures;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("gift-card-web");
        clerk = tenants.addPerson(tenant, "Clerk", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
    }

    private long invoice() throws Exception {
        String body = mvc.perform(post("/api/v1/invoices").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"storeId\": " + tenant.store() + ", \"customerId\": " + fixtures.customer(tenant) + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private String json(String method, String url, String body) throws Exception {
        var request = method.equals("GET") ? get(url) : post(url).contentType(MediaType.APPLICATION_JSON).content(body);
        return mvc.perform(request.with(tenant.owner().signedIn())).andReturn().getResponse().getContentAsString();
    }

    /** A card sold over the API: a GIFT_CARD line, paid in cash, finalized; its id. */
    private long soldOverTheApi(String number, String amount) throws Exception {
        long id = invoice();
        mvc.perform(post("/api/v1/invoices/" + id + "/lines").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"GIFT_CARD\", \"giftCardNumber\": \"" + number + "\", \"unitPrice\": \"" + amount + "\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/invoices/" + id + "/payments").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"method\": \"CASH\", \"amount\": \"" + amount + "\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/invoices/" + id + "/finalize").with(tenant.owner().signedIn())).andExpect(status().isOk());
        return ((Number) JsonPath.read(json("GET", "/api/v1/gift-cards/lookup?number=" + number, null), "$.id")).longValue();
    }

    // R1, R8 over the API: a GIFT_CARD line issues the card at finalize; lookup by number; the card by id with history
    @Test
    void aCardSoldOverTheApiIsFoundByNumberWithItsHistory() throws Exception {
        long card = soldOverTheApi("API-100", "45.00");
        mvc.perform(get("/api/v1/gift-cards/" + card).with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value("API100"))
                .andExpect(jsonPath("$.balance").value("45.00"))
                .andExpect(jsonPath("$.history[0].what").value("ISSUED"));
        mvc.perform(get("/api/v1/gift-cards").param("q", "api1").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].initialAmount").value("45.00"));
        mvc.perform(get("/api/v1/gift-cards/lookup").param("number", "NOPE").with(tenant.owner().signedIn()))
                .andExpect(status().isNotFound());
    }

    // R2, R6 over the API: a GIFT_CARD tender above what the card holds is 422 naming its balance; within it, 201
    @Test
    void aTenderOverTheApiSpendsTheCardAndIsRefusedAboveItsBalance() throws Exception {
        soldOverTheApi("API-200", "30.00");
        long sale = invoice();
        mvc.perform(post("/api/v1/invoices/" + sale + "/lines").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"SERVICE\", \"description\": \"Cleaning\", \"unitPrice\": \"50.00\", \"taxable\": false}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/invoices/" + sale + "/payments").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"method\": \"GIFT_CARD\", \"amount\": \"40.00\", \"giftCardNumber\": \"api200\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("holds only 30.00")));
        mvc.perform(post("/api/v1/invoices/" + sale + "/payments").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"method\": \"GIFT_CARD\", \"amount\": \"20.00\", \"giftCardNumber\": \"api200\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.totals.balance").value("30.00"));
        assertThat((String) JsonPath.read(json("GET", "/api/v1/gift-cards/lookup?number=API200", null), "$.balance"))
                .isEqualTo("10.00");
    }

    // R1, R7 on the page: the "Gift card" line; a number that exists is refused beside the number, with 422
    @Test
    void theInvoicePageSellsACardAndRefusesANumberThatExists() throws Exception {
        soldOverTheApi("PG-300", "25.00");
        long id = invoice();
        String body = mvc.perform(post("/sales/invoices/" + id + "/gift-cards").param("giftCardNumber", "PG300")
                        .param("unitPrice", "10.00").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("Gift card PG300 already exists with 25.00 on it — choose Reload to add to it.")
                .contains("saleGiftCardNumberError");
        mvc.perform(post("/sales/invoices/" + id + "/gift-cards").param("giftCardNumber", "PG300")
                        .param("unitPrice", "10.00").param("reload", "true").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/sales/invoices/" + id).with(tenant.owner().signedIn())).andReturn().getResponse()
                .getContentAsString()).contains("Gift card reload PG300");
    }

    // R3: the lookup box opens the card's page with its balance; the tender form's number box shows the balance (htmx)
    @Test
    void theLookupOpensTheCardsPageAndTheTenderBoxShowsTheBalance() throws Exception {
        long card = soldOverTheApi("LK-400", "60.00");
        mvc.perform(get("/sales/gift-cards/lookup").param("number", "lk 400").with(tenant.owner().signedIn()))
                .andExpect(redirectedUrl("/sales/gift-cards/" + card));
        assertThat(mvc.perform(get("/sales/gift-cards/" + card).with(tenant.owner().signedIn())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Gift card LK400").contains("60.00");
        assertThat(mvc.perform(get("/sales/gift-cards/balance").param("giftCardNumber", "lk-400")
                        .with(tenant.owner().signedIn())).andReturn().getResponse().getContentAsString())
                .isEqualTo("Gift card LK400 holds 60.00.");
        assertThat(mvc.perform(get("/sales/gift-cards").param("q", "LK4").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("LK400");
    }

    // §Store Credits R9, R10 over the API: a goodwill credit needs CanVoidTransactions and a reason; a cash-out above
    // what remains is 422 naming it
    @Test
    void aGoodwillCreditAndItsCashOutOverTheApi() throws Exception {
        long customer = fixtures.customer(tenant).value();
        mvc.perform(post("/api/v1/contacts/" + customer + "/store-credits").with(clerk.signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amount\": \"20.00\", \"reason\": \"Sorry\", \"storeId\": " + tenant.store() + "}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/contacts/" + customer + "/store-credits").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amount\": \"20.00\", \"storeId\": " + tenant.store() + "}"))
                .andExpect(status().isUnprocessableContent());
        String issued = mvc.perform(post("/api/v1/contacts/" + customer + "/store-credits").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amount\": \"20.00\", \"reason\": \"Late repair\", \"storeId\": " + tenant.store() + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reason").value("Late repair"))
                .andReturn().getResponse().getContentAsString();
        long credit = ((Number) JsonPath.read(issued, "$.id")).longValue();
        mvc.perform(post("/api/v1/store-credits/" + credit + "/cash-out").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"amount\": \"25.00\", \"method\": \"CASH\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Only 20.00 remains")));
        mvc.perform(post("/api/v1/store-credits/" + credit + "/cash-out").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"amount\": \"5.00\", \"method\": \"CASH\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.remaining").value("15.00"))
                .andExpect(jsonPath("$.history[1].what").value("CASHED_OUT"));
    }

    // §Store Credits R9 on the page: no reason → 422 beside the field, what was typed kept
    @Test
    void theStandAloneCreditPageRefusesAMissingReasonBesideIt() throws Exception {
        long customer = fixtures.customer(tenant).value();
        String body = mvc.perform(post("/sales/customers/" + customer + "/store-credits/new").param("amount", "12.50")
                        .param("reason", "").param("storeId", Long.toString(tenant.store().value()))
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("Say why the customer is given this credit.").contains("value=\"12.50\"");
    }

    // §Store Credits R10 on the page: paying out more than remains is 422 beside the amount; the credit's page shows what
    // remains and its history; R3: it is on the contact's Transactions tab
    @Test
    void theCreditsPageRefusesAPayOutAboveWhatRemains() throws Exception {
        long customer = fixtures.customer(tenant).value();
        String issued = json("POST", "/api/v1/contacts/" + customer + "/store-credits",
                "{\"amount\": \"30.00\", \"reason\": \"Page test\", \"storeId\": " + tenant.store() + "}");
        long credit = ((Number) JsonPath.read(issued, "$.id")).longValue();
        String refused = mvc.perform(post("/sales/store-credits/" + credit + "/cash-out").param("amount", "31")
                        .param("method", "CASH").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Only 30.00 remains on this store credit.").contains("value=\"31\"");
        mvc.perform(post("/sales/store-credits/" + credit + "/cash-out").param("amount", "10")
                        .param("method", "CASH").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/sales/store-credits/" + credit));
        assertThat(mvc.perform(get("/sales/store-credits/" + credit).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("20.00").contains("Cashed out").contains("Page test");
        assertThat(mvc.perform(get("/contacts/" + customer).with(tenant.owner().signedIn())).andReturn().getResponse()
                .getContentAsString()).contains("/sales/store-credits/" + credit);
    }

    // design §5: times are the store's wall clock — the card's page shows when it was issued in the store's zone
    // (America/New_York), never the raw UTC instant
    @Test
    void theCardsPageShowsTimesInTheStoresZone() throws Exception {
        long card = soldOverTheApi("TZ-500", "15.00");
        java.time.Instant issued = java.time.Instant.parse(JsonPath.read(json("GET", "/api/v1/gift-cards/" + card, null),
                "$.issuedAt"));
        var local = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        String page = mvc.perform(get("/sales/gift-cards/" + card).with(tenant.owner().signedIn())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(local.format(issued.atZone(java.time.ZoneId.of("America/New_York"))))
                .doesNotContain(local.format(issued.atZone(java.time.ZoneOffset.UTC)));
    }
}

