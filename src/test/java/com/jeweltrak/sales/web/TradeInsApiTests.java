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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Trade-in lines and trade concessions over /api/v1/invoices/{id}/lines (02-sales §Trade-In Negotiation; issue 7 point 7). */
@IntegrationTest
class TradeInsApiTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Person clerk;

    @Autowired MockMvc mvc;
    @Autowired SalesFixtures fixtures;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("trade-ins-api");
        clerk = tenants.addPerson(tenant, "Clerk", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
    }

    private String addLine(long id, RequestPostProcessor who, String body, int expected) throws Exception {
        return mvc.perform(post("/api/v1/invoices/" + id + "/lines").with(who)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
    }

    /** The ring (1,200.00, cost 350.00) on an open invoice; its id. */
    private long invoiceWithRing() {
        return fixtures.openWith(tenant, fixtures.ring(tenant)).value();
    }

    private static final String BRACELET = """
            {"kind": "TRADE_IN", "description": "Old gold bracelet", "tradeFamily": "JEWELRY", "tradeCategory": "Bracelet",
             "unitPrice": "500.00", "tradeActualValue": "300.00", "taxable": false}""";

    // Trade-In R1, R5: the trade-in line shows minus the credit; actual value, family and GP for those who may see cost
    @Test
    void aTradeInLineIsAddedWithItsCreditAsAMinusLine() throws Exception {
        long id = invoiceWithRing();
        String body = addLine(id, tenant.owner().signedIn(), BRACELET, 201);
        Number line = JsonPath.read(body, "$.lines[1].id");
        mvc.perform(get("/api/v1/invoices/" + id).with(tenant.owner().signedIn()))
                .andExpect(jsonPath("$.lines[1].kind").value("TRADE_IN"))
                .andExpect(jsonPath("$.lines[1].net").value("-500.00"))
                .andExpect(jsonPath("$.lines[1].tradeActualValue").value("300.00"))
                .andExpect(jsonPath("$.lines[1].tradeFamily").value("JEWELRY"))
                .andExpect(jsonPath("$.lines[1].grossProfit").value("0.00"))
                .andExpect(jsonPath("$.lines[0].grossProfit").value("850.00"))
                .andExpect(jsonPath("$.totals.tradeIns").value("-500.00"))
                .andExpect(jsonPath("$.totals.total").value("700.00"));
        // change: a smaller credit, the actual value kept
        mvc.perform(put("/api/v1/invoices/" + id + "/lines/" + line).with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"unitPrice\": \"450.00\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[1].net").value("-450.00"))
                .andExpect(jsonPath("$.lines[1].tradeActualValue").value("300.00"));
    }

    // Trade-In R2, R6: the concession on the sold line lowers GP only; above the line amount it is refused (422)
    @Test
    void aTradeConcessionIsSetOnTheSoldLineWithinItsAmount() throws Exception {
        long id = invoiceWithRing();
        String body = addLine(id, tenant.owner().signedIn(), BRACELET, 201);
        Number ringLine = JsonPath.read(body, "$.lines[0].id");
        mvc.perform(put("/api/v1/invoices/" + id + "/lines/" + ringLine).with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"tradeConcession\": \"200.00\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].tradeConcession").value("200.00"))
                .andExpect(jsonPath("$.lines[0].grossProfit").value("650.00"))
                .andExpect(jsonPath("$.totals.total").value("700.00"));
        mvc.perform(put("/api/v1/invoices/" + id + "/lines/" + ringLine).with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"tradeConcession\": \"1300.00\"}"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("at most the line's amount")));
    }

    // issue 7 bad input: no value; trade fields on the wrong line kind
    @Test
    void badTradeInputIsRefusedWithTheReason() throws Exception {
        long id = invoiceWithRing();
        addLine(id, tenant.owner().signedIn(), """
                {"kind": "TRADE_IN", "description": "Broken chain", "tradeFamily": "JEWELRY", "unitPrice": "0"}""", 422);
        addLine(id, tenant.owner().signedIn(), """
                {"kind": "NON_STOCK", "description": "Gift box", "unitPrice": "5.00", "tradeActualValue": "3.00"}""", 422);
        String body = addLine(id, tenant.owner().signedIn(), BRACELET, 201);
        Number tradeLine = JsonPath.read(body, "$.lines[1].id");
        mvc.perform(put("/api/v1/invoices/" + id + "/lines/" + tradeLine).with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"tradeConcession\": \"10.00\"}"))
                .andExpect(status().is(422));
    }

    // 10-settings Permissions: the Sales group lacks CanEditTradeFields — no actual value apart from the credit, no concession
    @Test
    void theTradeFieldsNeedCanEditTradeFields() throws Exception {
        long id = invoiceWithRing();
        addLine(id, clerk.signedIn(), BRACELET, 422);
        String body = addLine(id, clerk.signedIn(), """
                {"kind": "TRADE_IN", "description": "Old watch", "tradeFamily": "WATCH", "unitPrice": "200.00"}""", 201);
        Number ringLine = JsonPath.read(body, "$.lines[0].id");
        mvc.perform(put("/api/v1/invoices/" + id + "/lines/" + ringLine).with(clerk.signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"tradeConcession\": \"50.00\"}"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("permission")));
    }

    // Trade-In R5 over the API: finalizing names the item the piece became
    @Test
    void finalizingLinksTheTradeInItem() throws Exception {
        long id = invoiceWithRing();
        addLine(id, tenant.owner().signedIn(), BRACELET, 201);
        mvc.perform(post("/api/v1/invoices/" + id + "/finalize").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[1].tradeInItemId").isNumber());
    }
}
