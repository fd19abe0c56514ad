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

    @Autowired com.jeweltrak.inventory.ReceivingAnItem receiving;

    static TestTenants.Person clerk;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("partner-settlement-pages");
        clerk = tenants.addPerson(tenant, "Clerk", java.util.Set.of(tenant.group(
                com.jeweltrak.platform.users.BuiltInGroups.SALES)), java.util.Set.of());
    }

    /** A $10,000-cost piece retailing at $20,000 (09-reports §13's worked examples); its item. */
    private ItemId tenThousandPiece() {
        com.jeweltrak.inventory.Item piece = new com.jeweltrak.inventory.Item(null, 0, tenant.store(), "Ring", null,
                "Emerald ring", null, true, java.time.LocalDate.of(2026, 11, 1), new BigDecimal("10000.00"),
                new com.jeweltrak.inventory.Item.Prices(null, null, null, new BigDecimal("20000.00")), null,
                new com.jeweltrak.inventory.JewelryDetails("Yellow Gold", "18K", null, null, null, "LADIES", "NEW"));
        return fixtures.as(tenant, () -> receiving.receive(piece, com.jeweltrak.inventory.NewStock.one()));
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

    // 09-reports §13 R4 worked example: an owner-sold $10,000-cost piece sold for $20,000 shows GP 10,000.00
    @Test
    void anOwnerSoldLinesGrossProfitIsThePriceLessTheFullCost() throws Exception {
        ItemId piece = tenThousandPiece();
        String stockId = fixtures.as(tenant, () -> transactions.execute(s -> items.get(piece).stockId()));
        InvoiceId id = fixtures.openWith(tenant, stockId);
        mvc.perform(get("/api/v1/invoices/" + id).with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].net").value("20000.00"))
                .andExpect(jsonPath("$.lines[0].cost").value("10000.00"))
                .andExpect(jsonPath("$.lines[0].grossProfit").value("10000.00"))
                .andExpect(jsonPath("$.lines[0].partnerSettlement").value(false));
    }

    // 09-reports §13 R6 / 02-sales §Partnerships R16 worked example: 50/50 on $10,000, settled for $10,000 — GP 5,000.00
    @Test
    void aPartnerSettlementsGrossProfitIsThePriceLessTheBasis() throws Exception {
        ItemId piece = tenThousandPiece();
        ContactId partner = PartnerSettlementTests.partner(fixtures, tenant, editing, transactions);
        InvoiceId id = fixtures.as(tenant, () -> settling.open(tenant.store(), partner, piece, new BigDecimal("5000.00"), null));
        mvc.perform(put("/api/v1/invoices/" + id + "/lines/" + lineOf(id)).with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"unitPrice\": \"10000.00\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/invoices/" + id).with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].partnerSettlement").value(true))
                .andExpect(jsonPath("$.lines[0].taxable").value(false))
                .andExpect(jsonPath("$.lines[0].cost").value("5000.00"))
                .andExpect(jsonPath("$.lines[0].grossProfit").value("5000.00"));
    }

    // 10-settings §Permissions (CanViewCost): without it, no cost, gross profit or settlement flag in the invoice JSON
    @Test
    void withoutCanViewCostTheLinesCostFiguresAreWithheld() throws Exception {
        InvoiceId id = settle("175.00");
        mvc.perform(get("/api/v1/invoices/" + id).with(clerk.signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].cost").doesNotExist())
                .andExpect(jsonPath("$.lines[0].grossProfit").doesNotExist())
                .andExpect(jsonPath("$.lines[0].partnerSettlement").doesNotExist());
    }

    // 02-sales §Partnerships R11: the printed invoice shows the settlement as an ordinary non-taxable line, no note
    @Test
    void thePrintedSettlementShowsAnOrdinaryLineWithoutThePartnerNote() throws Exception {
        InvoiceId id = settle("175.00");
        mvc.perform(put("/api/v1/invoices/" + id + "/lines/" + lineOf(id)).with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"unitPrice\": \"700.00\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/invoices/" + id + "/finalize").with(tenant.owner().signedIn())).andExpect(status().isOk());
        byte[] pdf = mvc.perform(get("/sales/invoices/" + id + "/pdf").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = InvoicePagesTests.text(pdf);
        assertThat(text).contains("14K yellow gold band", "700.00").doesNotContain("Partner settlement", "not taxable", "remits");
    }
}
