package com.jeweltrak.inventory.web;

import java.math.BigDecimal;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.inventory.PriceLadder;
import com.jeweltrak.inventory.SettingPriceMultipliers;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** /api/v1/items (04-inventory §Adding Inventory Items, §Inventory Pricing Multipliers; design §5b). */
@IntegrationTest
class ItemsApiTests {

    static TestTenants.Tenant tenant;

    @Autowired MockMvc mvc;
    @Autowired TestTenants tenants;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired SettingPriceMultipliers setting) {
        tenant = tenants.open("items-api");
        TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> {
            setting.set(tenant.store(), new PriceLadder(new BigDecimal("2"), null, null, null));
            return null;
        });
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(tenant.owner().signedIn()).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private String ringBody(String cost, String extra) {
        return """
                {"family": "jewelry", "storeId": %d, "category": "Ring", "description": "Api band", "purchaseDate": "2026-11-01",
                 "cost": "%s", "quantity": "2", "details": {"metal": "Yellow Gold", "karat": "14K", "metalWeightGrams": "4.2",
                 "ringSize": "6.5", "gender": "LADIES"}%s}""".formatted(tenant.store().value(), cost, extra);
    }

    private int create(String body) throws Exception {
        String created = mvc.perform(json(post("/api/v1/items"), body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(created, "$.id");
    }

    // Adding Inventory Items R5, R7; Pricing Multipliers R6: 201 with the StockID as a string, decimals as strings,
    // the quantity as a receive movement and the blank prices from the store's multipliers
    @Test
    void addingAnItemAnswersWithItsStockIdDecimalStringsAndReceiveMovement() throws Exception {
        String created = mvc.perform(json(post("/api/v1/items"), ringBody("350", ", \"retailPrice\": \"999\"")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.stockId").isString())
                .andExpect(jsonPath("$.family").value("jewelry"))
                .andExpect(jsonPath("$.cost").value("350.00"))
                .andExpect(jsonPath("$.price1").value("700.00"))
                .andExpect(jsonPath("$.price2").value(nullValue()))
                .andExpect(jsonPath("$.retailPrice").value("999.00"))
                .andExpect(jsonPath("$.inStock").value("2"))
                .andExpect(jsonPath("$.details.metalWeightGrams").value("4.2"))
                .andExpect(jsonPath("$.details.ringSize").value("6.5"))
                .andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(created, "$.id");
        String stockId = JsonPath.read(created, "$.stockId");
        mvc.perform(get("/api/v1/items/" + id + "/movements").with(tenant.owner().signedIn()))
                .andExpect(jsonPath("$[0].kind").value("RECEIVE"))
                .andExpect(jsonPath("$[0].inStockChange").value("2"));
        mvc.perform(get("/api/v1/items/by-stock-id/" + stockId).with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id));
    }

    // design §5b: a family's list needs the family; without one, a 400 naming it
    @Test
    void theListNeedsAFamilyAndNamesTheParameter() throws Exception {
        mvc.perform(get("/api/v1/items").with(tenant.owner().signedIn()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.family").exists());
        mvc.perform(get("/api/v1/items").param("family", "sapphires").with(tenant.owner().signedIn()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.family", containsString("sapphires")));
    }

    // Adding Inventory Items: a family's items are searched, filtered by store and stock, and paged
    @Test
    void theListSearchesOneFamily() throws Exception {
        create(ringBody("100", ", \"description\": \"Searchable tourmaline halo\"").replace("\"description\": \"Api band\", ", ""));
        mvc.perform(get("/api/v1/items").param("family", "jewelry").param("q", "tourmaline").param("inStock", "true")
                        .param("store", tenant.store().toString()).with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].description").value("Searchable tourmaline halo"));
        mvc.perform(get("/api/v1/items").param("family", "diamonds").param("q", "tourmaline").with(tenant.owner().signedIn()))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/items").param("family", "jewelry").param("sort", "secretColumn,asc")
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.sort").exists());
    }

    // Pricing Multipliers R8: a new cost on an existing item reprices nothing; an edit changes no quantity
    @Test
    void changingTheCostLaterKeepsThePricesAndTheQuantity() throws Exception {
        int id = create(ringBody("100", ""));
        mvc.perform(json(put("/api/v1/items/" + id), ringBody("250", ", \"price1\": \"200.00\"").replace("\"quantity\": \"2\"", "\"quantity\": \"9\"")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cost").value("250.00"))
                .andExpect(jsonPath("$.price1").value("200.00"))
                .andExpect(jsonPath("$.inStock").value("2"));
    }

    // design §5b, decision 11: an adjustment is a movement; below zero it is refused naming the quantity
    @Test
    void adjustingAddsAMovementAndNeverGoesBelowZero() throws Exception {
        int id = create(ringBody("100", ""));
        mvc.perform(json(post("/api/v1/items/" + id + "/adjust"), "{\"quantityChange\": \"-1\", \"reason\": \"Broken\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inStock").value("1"));
        mvc.perform(json(post("/api/v1/items/" + id + "/adjust"), "{\"quantityChange\": \"-5\", \"reason\": \"Lost\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.quantity").exists());
        mvc.perform(get("/api/v1/items/" + id + "/movements").with(tenant.owner().signedIn()))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].reason").value("Broken"));
    }

    // design §5b: bad input is a 422 naming each field — a family attribute, an unknown family, an unknown attribute
    @Test
    void badInputIsRefusedNamingTheField() throws Exception {
        mvc.perform(json(post("/api/v1/items"), ringBody("100", "").replace("\"6.5\"", "\"6.3\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.ringSize").exists());
        mvc.perform(json(post("/api/v1/items"), ringBody("100", "").replace("\"jewelry\"", "\"sapphires\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.family", containsString("sapphires")));
        mvc.perform(json(post("/api/v1/items"), ringBody("100", "").replace("\"gender\"", "\"colour\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors['details.colour']").exists());
        mvc.perform(json(post("/api/v1/items"), ringBody("-3", "")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.cost").exists());
    }

    // 10-settings §Permissions: without CanViewCost the cost is not shown; without the family's Edit no edit
    @Test
    void aSalespersonSeesNoCostAndCannotEdit() throws Exception {
        int id = create(ringBody("100", ""));
        TestTenants.Person sales = tenants.addPerson(tenant, "Sally", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
        mvc.perform(get("/api/v1/items/" + id).with(sales.signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", not(hasKey("cost"))))
                .andExpect(jsonPath("$.price1").value("200.00"));
        mvc.perform(put("/api/v1/items/" + id).with(sales.signedIn()).contentType(MediaType.APPLICATION_JSON)
                        .content(ringBody("100", "").replace("\"cost\": \"100\", ", "")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/items").param("family", "jewelry").param("sort", "cost,desc").with(sales.signedIn()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/items/" + id).with(tenant.owner().signedIn()))
                .andExpect(content().string(containsString("\"cost\":\"100.00\"")));
    }
}
