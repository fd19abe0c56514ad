package com.jeweltrak.inventory.stones;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Set stones card and /api/v1/items/{id}/set-stones (04-inventory §Set Stones). */
@IntegrationTest
class SetStonesWebTests {

    static StoneFixtures fixtures;
    static StoneFixtures otherTenant;

    @Autowired MockMvc mvc;
    @Autowired Items items;

    @BeforeAll
    static void openTenants(@Autowired TestTenants tenants, @Autowired ReceivingAnItem receiving,
                            @Autowired TransactionTemplate transactions) {
        fixtures = new StoneFixtures(tenants.open("set-stones-web"), receiving, transactions);
        otherTenant = new StoneFixtures(tenants.open("set-stones-web-other"), receiving, transactions);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(fixtures.tenant().owner().signedIn()).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, String body) {
        return request.with(fixtures.tenant().owner().signedIn()).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    // §Set Stones R5, R6: a pearl's form has a size in mm and neither carat weight, clarity nor color
    @Test
    void thePearlFormShowsOnlyAPearlsFields() throws Exception {
        String html = page(get("/inventory/items/" + fixtures.ring("100") + "/set-stones").param("category", "PEARL"));
        assertThat(html).contains("id=\"categoryBanner\"").contains("Pearl").contains("name=\"sizeMm\"")
                .doesNotContain("name=\"caratWeight\"").doesNotContain("name=\"clarity\"").doesNotContain("name=\"color\"")
                .doesNotContain("name=\"fancyColor\"");
    }

    // §Set Stones R7: a fancy diamond's form has Fancy color in place of the D–Z color
    @Test
    void theFancyDiamondFormHasAFancyColorAndNoLetterColor() throws Exception {
        String html = page(get("/inventory/items/" + fixtures.ring("100") + "/set-stones").param("category", "FANCY_DIAMOND"));
        assertThat(html).contains("name=\"fancyColor\"").contains("name=\"caratWeight\"").contains("name=\"clarity\"")
                .doesNotContain("name=\"color\"");
        String white = page(get("/inventory/items/" + fixtures.ring("100") + "/set-stones").param("category", "WHITE_DIAMOND"));
        assertThat(white).contains("name=\"color\"").contains("<option value=\"D\">D</option>").doesNotContain("name=\"fancyColor\"");
    }

    // §Set Stones validation, design §5: a carat weight of 0 is refused beside its field; what was typed stays
    @Test
    void aZeroCaratWeightIsRefusedBesideTheFieldKeepingWhatWasTyped() throws Exception {
        ItemId ring = fixtures.ring("100");
        String html = page(post("/inventory/items/" + ring + "/set-stones").param("category", "WHITE_DIAMOND")
                .param("type", "Diamond").param("quantity", "3").param("caratWeight", "0").param("shape", "Marquise"));
        assertThat(html).contains("id=\"caratWeightError\"").contains("must be more than 0").contains("value=\"Marquise\"")
                .contains("value=\"3\"");
        assertThat(page(get("/inventory/items/" + ring + "/set-stones"))).contains("No set stones recorded.");
    }

    // §Set Stones R2, decision 11: combining an out-of-stock stone on the card says why, naming the StockID
    @Test
    void combiningAnOutOfStockStoneOnTheCardSaysWhy() throws Exception {
        ItemId loose = fixtures.diamond("800", "0.25", null);
        String stockId = fixtures.as(() -> items.get(loose)).stockId();
        page(post("/inventory/items/" + fixtures.ring("100") + "/set-stones/combine").param("stockId", stockId));
        String html = page(post("/inventory/items/" + fixtures.ring("100") + "/set-stones/combine").param("stockId", stockId));
        assertThat(html).contains("id=\"combineError\"").contains("StockID " + stockId + " has 0 in stock");
    }

    // §Set Stones R2, R4, R15 over the API: combine (201, locked, cost added) then reverse (204, cost back)
    @Test
    void theApiCombinesAndReverses() throws Exception {
        ItemId ring = fixtures.ring("100");
        ItemId loose = fixtures.diamond("800", "0.25", null);
        String created = mvc.perform(api(post("/api/v1/items/" + ring + "/set-stones/combine"), "{\"itemId\": " + loose + "}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.locked").value(true))
                .andExpect(jsonPath("$.caratWeight").value("0.25")).andExpect(jsonPath("$.consumedCost").value("800"))
                .andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(created, "$.id");
        assertThat(fixtures.as(() -> items.get(ring)).cost()).isEqualByComparingTo("900");
        assertThat(page(get("/inventory/items/" + ring + "/set-stones"))).contains("jt-locked").contains("jt-reverse-stone")
                .doesNotContain("jt-edit-stone");
        mvc.perform(api(post("/api/v1/items/" + ring + "/set-stones/" + id + "/reverse"), "")).andExpect(status().isNoContent());
        assertThat(fixtures.as(() -> items.get(ring)).cost()).isEqualByComparingTo("100");
        assertThat(fixtures.as(() -> items.get(loose)).quantities().inStock()).isEqualByComparingTo("1");
    }

    // §Set Stones R6 over the API: a pearl with a carat weight is a 422 naming the field
    @Test
    void theApiRefusesAPearlWithACaratWeight() throws Exception {
        mvc.perform(api(post("/api/v1/items/" + fixtures.ring("100") + "/set-stones"),
                        "{\"category\": \"PEARL\", \"caratWeight\": \"0.5\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("not weighed in carats")));
    }

    // decision 7, design §5b: another tenant's set stone is not found, on the card and over the API
    @Test
    void anotherTenantsSetStoneIsNotFound() throws Exception {
        ItemId theirRing = otherTenant.ring("100");
        String created = mvc.perform(api(post("/api/v1/items/" + fixtures.ring("100") + "/set-stones"),
                "{\"category\": \"COLORED_STONE\", \"type\": \"Ruby\"}")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        int mine = JsonPath.read(created, "$.id");
        mvc.perform(get("/api/v1/items/" + theirRing + "/set-stones").with(fixtures.tenant().owner().signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/items/" + theirRing + "/set-stones/" + mine).with(fixtures.tenant().owner().signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/inventory/items/" + theirRing + "/set-stones/" + mine).with(otherTenant.tenant().owner().signedIn()))
                .andExpect(status().isNotFound());
    }
}
