package com.jeweltrak.partnerships.audit;

import static com.jeweltrak.partnerships.PartnershipFixtures.owner;
import static com.jeweltrak.partnerships.PartnershipFixtures.profitOnly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.partnerships.PartnerShare;
import com.jeweltrak.partnerships.PartnershipFixtures;
import com.jeweltrak.partnerships.PartnershipId;
import com.jeweltrak.partnerships.PartnershipReportFixtures;
import com.jeweltrak.partnerships.ShareKind;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Partnership audit view (02-sales §Partnerships R18; issue 8 point 5): every question of the article's IRS table
 * answered from the stored records, for the article's own Sell to Partner example and for an owner-sold item whose
 * payout was changed with a reason.
 */
@IntegrationTest
class PartnershipAuditTests {

    static TestTenants.Tenant tenant;
    static ContactId pat;
    static ContactId finn;
    static long partnerSold;
    static long ownerSold;
    static InvoiceId settlement;

    @Autowired MockMvc mvc;
    @Autowired PartnershipAudits audits;
    @Autowired PartnershipFixtures fixtures;

    @BeforeAll
    static void reconcile(@Autowired TestTenants tenants, @Autowired PartnershipFixtures fixtures,
                          @Autowired PartnershipReportFixtures report) {
        tenant = tenants.open("partnership-audit");
        pat = fixtures.contact(tenant, "Pat", "Partner", true);
        finn = fixtures.contact(tenant, "Finn", "Finder", true);
        // the article: a $10K item, 50/50, Pat sells it to their customer and remits $10K in cash
        ItemId item = fixtures.item(tenant, "10000");
        PartnershipId partnership = fixtures.setUp(tenant, item, null,
                new PartnerShare(pat, ShareKind.OWNER, new BigDecimal("50"), true));
        settlement = report.soldToPartner(tenant, partnership, pat, "10000");
        partnerSold = report.standing(tenant, partnership);
        // decision 3's example, Pat's payout lowered by 250 with the article's reason
        ItemId other = fixtures.item(tenant, "8000");
        PartnershipId second = fixtures.setUp(tenant, other, "10000", owner(pat, "40"), profitOnly(finn, "10"));
        fixtures.sell(tenant, other, "16000");
        report.owedSale(tenant, second);
        ownerSold = report.reconcileOwnerSold(tenant, second, LocalDate.of(2026, 11, 22), pat, "6150.00",
                "$250 trade discount applied per agreement");
    }

    @Test
    void thePartnerSoldAuditAnswersEveryQuestionFromTheRecords() {
        // 02-sales §Partnerships R18 — the article's table for its $10K 50/50 Sell to Partner example
        Map<String, String> answers = answers(partnerSold);
        assertThat(answers).containsOnlyKeys("totalCost", "funded", "soldBy", "received", "basis", "gain", "cashPaid", "rest");
        assertThat(answers.get("totalCost")).isEqualTo("10,000.00");
        assertThat(answers.get("funded")).isEqualTo("Pat Partner 5,000.00; you (the store) 5,000.00");
        assertThat(answers.get("soldBy")).isEqualTo("Pat Partner — SettlementType = 'PartnerSold'");
        assertThat(answers.get("received")).contains("line price 10,000.00").contains("CASH 10,000.00");
        assertThat(answers.get("basis")).isEqualTo("5,000.00");
        assertThat(answers.get("gain")).startsWith("10,000.00 − 5,000.00 = 5,000.00")
                .contains("TotalOwnerProfitValue 5,000.00");
        assertThat(answers.get("cashPaid")).startsWith("No — ").contains("PaymentMethod = 'PartnerSoldSettlement'")
                .contains("no cash from tenant; capital recovered via partner's own sale");
        assertThat(answers.get("rest")).contains("Inventory 10,000.00").contains("5,000.00 to cost of goods sold")
                .contains("5,000.00 cleared against partner equity (Pat Partner 5,000.00)");
    }

    @Test
    void anOwnerSoldAuditShowsThePayoutsAndTheReasonForAChange() {
        // 02-sales §Partnerships R8, R9: the changed payout, its reason, both owner-profit figures
        PartnershipAudit audit = fixtures.tx(tenant, () -> audits.get(ownerSold));
        Map<String, String> answers = answers(ownerSold);
        assertThat(answers.get("soldBy")).startsWith("You (the store), to ").endsWith("SettlementType = 'OwnerSold'");
        assertThat(answers.get("cashPaid")).startsWith("Yes — ")
                .contains("Pat Partner 6,150.00 by Cash").contains("(suggested 6,400.00; reason: $250 trade discount applied per agreement)")
                .contains("Finn Finder 600.00 by Cash");
        // realised 16,000 − suggested 7,000 − basis 6,000 = 3,000; actual: − 6,750 paid = 3,250
        assertThat(audit.totalOwnerProfitValue()).isEqualByComparingTo("3000.00");
        assertThat(audit.totalOwnerProfitActual()).isEqualByComparingTo("3250.00");
        assertThat(answers.get("gain")).startsWith("Gross profit 16,000.00 − 8,000.00 = 8,000.00");
        assertThat(audit.details()).extracting(PartnershipAudit.Detail::adjustmentReason)
                .containsExactly("$250 trade discount applied per agreement", null);
    }

    @Test
    void theAuditPageShowsTheTableAndTheDetailRows() throws Exception {
        // issue 8 point 5: a "Partnership audit" view per reconciled item
        String page = mvc.perform(get("/partnerships/reconciliations/{id}/audit", ownerSold).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("What this records for an IRS audit").contains("reconciledpartnerships.ActualCost")
                .contains("$250 trade discount applied per agreement").contains("OwnerSold");
        // R18 "where did the rest go": partnerships never read the journal, the view links to its entries instead
        String stockId = fixtures.tx(tenant, () -> audits.get(ownerSold)).stockId();
        assertThat(page).contains("/accounting/journal?q=" + stockId);
        String journal = mvc.perform(get("/accounting/journal").param("q", stockId).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(journal).contains("Partnership reconciliation " + stockId);
    }

    @Test
    void theAuditApiGivesTheAnswersAndMoneyAsStrings() throws Exception {
        // issue 8 point 9: JSON API
        String json = mvc.perform(get("/api/v1/partnerships/reconciliations/{id}/audit", partnerSold)
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(json, "$.settlementType")).isEqualTo("PartnerSold");
        assertThat((String) JsonPath.read(json, "$.primaryCostValue")).isEqualTo("5000.00");
        assertThat((String) JsonPath.read(json, "$.details[0].paymentMethod")).isEqualTo("PartnerSoldSettlement");
        assertThat((String) JsonPath.read(json, "$.invoice.payments[0].amount")).isEqualTo("10000.00");
        List<String> questions = JsonPath.read(json, "$.answers[*].question");
        assertThat(questions).hasSize(8).first().isEqualTo("What was the item's total cost?");
    }

    @Test
    void anotherTenantsReconciliationIsNotFound(@Autowired TestTenants tenants) throws Exception {
        // common: another tenant's record is a 404 everywhere
        TestTenants.Tenant stranger = tenants.open("partnership-audit-stranger");
        mvc.perform(get("/partnerships/reconciliations/{id}/audit", partnerSold).with(stranger.owner().signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/partnerships/reconciliations/{id}/audit", partnerSold).with(stranger.owner().signedIn()))
                .andExpect(status().isNotFound());
    }

    private Map<String, String> answers(long reconciliation) {
        return fixtures.tx(tenant, () -> audits.get(reconciliation)).answers().stream()
                .collect(Collectors.toMap(PartnershipAudit.Answer::key, PartnershipAudit.Answer::answer));
    }
}
