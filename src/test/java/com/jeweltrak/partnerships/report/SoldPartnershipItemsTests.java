package com.jeweltrak.partnerships.report;

import static com.jeweltrak.partnerships.PartnershipFixtures.owner;
import static com.jeweltrak.partnerships.PartnershipFixtures.profitOnly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.partnerships.PartnershipFixtures;
import com.jeweltrak.partnerships.PartnershipId;
import com.jeweltrak.partnerships.PartnershipReportFixtures;
import com.jeweltrak.partnerships.PendingPayouts;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Sold Partnership Items report (02-sales §Partnerships R17; issue 8 point 7; 09 §13 R4, R6): figures, partner
 * filter, export, and the Pending Payouts total that must equal what the Partnerships page says is owed.
 */
@IntegrationTest
class SoldPartnershipItemsTests {

    static final String API = "/api/v1/reports/sold-partnership-items";

    static TestTenants.Tenant tenant;
    static ContactId pat;
    static ContactId finn;
    static ContactId olga;
    static String decisionThreeItem;
    static String olgasItem;
    static String paidItem;
    static long paidReconciliation;
    static InvoiceId decisionThreeInvoice;

    @Autowired MockMvc mvc;
    @Autowired PendingPayouts pending;
    @Autowired PartnershipFixtures fixtures;

    @BeforeAll
    static void sellCoOwnedItems(@Autowired TestTenants tenants, @Autowired PartnershipFixtures fixtures,
                                 @Autowired PartnershipReportFixtures report) {
        tenant = tenants.open("partnership-report");
        pat = fixtures.contact(tenant, "Pat", "Partner", true);
        finn = fixtures.contact(tenant, "Finn", "Finder", true);
        olga = fixtures.contact(tenant, "Olga", "Owner", true);
        // decision 3's example: Actual Cost 8,000, Partnership Value 10,000, Pat Owner 40 %, Finn Profit Only 10 %
        ItemId a = fixtures.item(tenant, "8000");
        PartnershipId pa = fixtures.setUp(tenant, a, "10000", owner(pat, "40"), profitOnly(finn, "10"));
        decisionThreeInvoice = fixtures.sell(tenant, a, "16000");
        report.owedSale(tenant, pa);
        decisionThreeItem = fixtures.stockId(tenant, a);
        // Olga owns half of a 1,000 piece sold for 3,000
        ItemId b = fixtures.item(tenant, "1000");
        PartnershipId pb = fixtures.setUp(tenant, b, null, owner(olga, "50"));
        fixtures.sell(tenant, b, "3000");
        report.owedSale(tenant, pb);
        olgasItem = fixtures.stockId(tenant, b);
        // Pat's half of a 2,000 piece sold for 5,000, already reconciled
        ItemId c = fixtures.item(tenant, "2000");
        PartnershipId pc = fixtures.setUp(tenant, c, null, owner(pat, "50"));
        InvoiceId sold = fixtures.sell(tenant, c, "5000");
        report.owedSale(tenant, pc);
        paidReconciliation = report.reconcileOwnerSold(tenant, pc, java.time.LocalDate.of(2026, 11, 22), null, null, null);
        paidItem = fixtures.stockId(tenant, c);
    }

    @Test
    void aSoldItemShowsItsFiguresWithFullTransactionProfitAndWhatIsStillOwed() throws Exception {
        // 02-sales §Partnerships R17, worked example (decision 3): pool = 16,000 − 10,000 = 6,000; Pat 4,000 + 2,400,
        // Finn 600 → 7,000 pending; GP = 16,000 − the full cost 8,000 (09 §13 R6: payouts never reduce it)
        Map<String, Object> row = row(api(""), decisionThreeItem);
        assertThat(row).containsEntry("type", "Jewelry").containsEntry("quantity", "1").containsEntry("cost", "8000.00")
                .containsEntry("sellPrice", "16000.00").containsEntry("grossProfit", "8000.00")
                .containsEntry("pendingPayouts", "7000.00").containsEntry("partners", "Pat Partner, Finn Finder")
                .containsEntry("settlementType", "OwnerSold").containsEntry("status", "OWED")
                .containsEntry("invoiceId", (int) decisionThreeInvoice.value());
        assertThat(row.get("invoiceNumber")).isNotNull();
        assertThat(row.get("invoiceDate")).isNotNull();
    }

    @Test
    void aReconciledItemStaysOnTheReportOwingNothing() throws Exception {
        // 02-sales §Partnerships R17: "work it down to zero as you reconcile each one"
        Map<String, Object> row = row(api(""), paidItem);
        assertThat(row).containsEntry("pendingPayouts", "0.00").containsEntry("status", "PAID")
                .containsEntry("grossProfit", "3000.00").containsEntry("reconciliationId", (int) paidReconciliation);
    }

    @Test
    void filteringByPartnerKeepsOnlyTheItemsTheyShare() throws Exception {
        // 02-sales §Partnerships R17: filter by partner
        List<String> olgas = JsonPath.read(api("?partnerId=" + olga.value()), "$.content[*].stockId");
        assertThat(olgas).containsExactly(olgasItem);
        List<String> pats = JsonPath.read(api("?partnerId=" + pat.value()), "$.content[*].stockId");
        assertThat(pats).containsExactlyInAnyOrder(decisionThreeItem, paidItem);
        String olgaTotal = JsonPath.read(api("?partnerId=" + olga.value()), "$.pendingPayoutsTotal");
        assertThat(olgaTotal).isEqualTo("1500.00");
    }

    @Test
    void aDateRangeAfterTheSalesFindsNothing() throws Exception {
        // 02-sales §Partnerships R17 (date range), both bounds inclusive (09 R6)
        List<String> none = JsonPath.read(api("?from=2999-01-01&to=2999-12-31"), "$.content[*].stockId");
        assertThat(none).isEmpty();
        Integer all = JsonPath.read(api("?from=2000-01-01"), "$.totalElements");
        assertThat(all).isEqualTo(3);
    }

    @Test
    void thePendingPayoutsTotalIsWhatThePartnershipsPageCallsOwed() throws Exception {
        // issue 8 point 7: "Its Pending Payouts total must equal what the Partnerships page says is owed" — both read
        // PendingPayouts; 7,000 + 1,500 + 0
        BigDecimal owed = fixtures.tx(tenant, () -> pending.total());
        assertThat(owed).isEqualByComparingTo("8500.00");
        // per partner: Pat 6,400, Finn 600, Olga 1,500 — the Partnerships page's partner filter
        assertThat(fixtures.tx(tenant, () -> pending.owedTo(pat))).isEqualByComparingTo("6400.00");
        assertThat(fixtures.tx(tenant, () -> pending.owedTo(finn))).isEqualByComparingTo("600.00");
        assertThat(fixtures.tx(tenant, () -> pending.owedTo(olga))).isEqualByComparingTo("1500.00");
        String apiTotal = JsonPath.read(api(""), "$.pendingPayoutsTotal");
        assertThat(new BigDecimal(apiTotal)).isEqualByComparingTo(owed);
        List<String> rows = JsonPath.read(api(""), "$.content[*].pendingPayouts");
        assertThat(rows.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(owed);
        String page = mvc.perform(get("/partnerships/sold-items").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Pending payouts total").contains(">8,500.00<");
    }

    @Test
    void thePartnershipsPageAndTheReportShowTheSameFigureOwed() throws Exception {
        // issue 8 point 7: what the Partnerships page says is owed is the report's "Pending payouts total"
        String partnerships = mvc.perform(get("/partnerships").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String report = mvc.perform(get("/partnerships/sold-items").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String owed = figure(partnerships, "id=\"pendingTotal\">Pending payouts:\\s*<span[^>]*>([0-9.,]+)</span>");
        assertThat(owed).isEqualTo("8,500.00");
        assertThat(figure(report, "id=\"pendingPayoutsTotalAmount\">([0-9.,]+)<")).isEqualTo(owed);
    }

    private static String figure(String html, String regex) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }

    @Test
    void theExportCarriesTheReportColumns() throws Exception {
        // 02-sales §Partnerships R17: exportable, with the article's columns
        byte[] body = mvc.perform(get("/lists/export").with(tenant.owner().signedIn())
                        .param("list", "partnerships.sold-items").param("format", "csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new String(body, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
        assertThat(records.getFirst().toList()).containsSubsequence("Stock #", "Type", "Description", "Invoice #",
                "Invoice date", "Quantity", "Ct Wt", "Cost", "Sell Price", "Gross Profit", "Pending Payouts", "Partners");
        CSVRecord first = records.stream().filter(r -> r.get(0).equals(decisionThreeItem)).findFirst().orElseThrow();
        assertThat(first.toList()).contains("8,000.00", "16,000.00", "7,000.00", "Pat Partner, Finn Finder");
    }

    @Test
    void thePageFiltersByPartner() throws Exception {
        // 02-sales §Partnerships R17: the list's Partner filter
        String page = mvc.perform(get("/partnerships/sold-items").param("partner", Long.toString(olga.value()))
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(">" + olgasItem + "<").doesNotContain(">" + decisionThreeItem + "<");
    }

    @Test
    void theDashboardLeadsToTheReportForThoseWhoSeeCost() throws Exception {
        // 09 Dashboard R12: the report is reached from the Dashboard (Invoices.View + CanViewCost)
        assertThat(mvc.perform(get("/").with(tenant.owner().signedIn())).andReturn().getResponse().getContentAsString())
                .contains("soldPartnershipItemsCard").contains("/partnerships/sold-items");
        TestTenants.Person clerk = clerk();
        assertThat(mvc.perform(get("/").with(clerk.signedIn())).andReturn().getResponse().getContentAsString())
                .doesNotContain("soldPartnershipItemsCard");
    }

    @Test
    void someoneWhoMayNotSeeCostIsRefusedTheReport() throws Exception {
        // 02-sales §Partnerships (package-info): cost figures need CanViewCost; the Sales group has Invoices.View only
        TestTenants.Person clerk = clerk();
        mvc.perform(get("/partnerships/sold-items").with(clerk.signedIn())).andExpect(status().isForbidden());
        mvc.perform(get(API).with(clerk.signedIn())).andExpect(status().isForbidden());
        byte[] export = mvc.perform(get("/lists/export").with(clerk.signedIn()).param("list", "partnerships.sold-items")
                .param("format", "csv")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(export, StandardCharsets.UTF_8)).doesNotContain("16,000.00").doesNotContain("7,000.00");
    }

    @Autowired TestTenants tenants;

    private TestTenants.Person clerk() {
        return tenants.addPerson(tenant, "Clerk", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
    }

    private String api(String query) throws Exception {
        return mvc.perform(get(API + query).with(tenant.owner().signedIn())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static Map<String, Object> row(String json, String stockId) {
        List<Map<String, Object>> rows = JsonPath.read(json, "$.content[?(@.stockId == '" + stockId + "')]");
        assertThat(rows).hasSize(1);
        return rows.getFirst();
    }
}
