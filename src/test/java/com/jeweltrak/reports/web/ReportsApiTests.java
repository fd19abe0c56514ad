package com.jeweltrak.reports.web;

import java.math.BigDecimal;
import java.util.Set;

import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.platform.users.ManagingGroups;
import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.sales.FinalizingAnInvoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.PaymentMethod;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.sales.TakingATender;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 11 point 6: every report's rows and totals under /api/v1/reports/… with the page's filters, in OpenAPI. */
@IntegrationTest
class ReportsApiTests {

    @Autowired MockMvc mvc;
    @Autowired TestTenants tenants;
    @Autowired SalesFixtures fixtures;
    @Autowired FinalizingAnInvoice finalizing;
    @Autowired TakingATender tenders;
    @Autowired ManagingGroups groups;

    TestTenants.Tenant tenant;

    @BeforeEach
    void openTenant() {
        tenant = tenants.open("report-api");
    }

    @Test
    void theCatalogListsTheReportsWithTheirViewsAndFilters() throws Exception {
        mvc.perform(get("/api/v1/reports").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.key == 'sales-register')].apiUrl").value(hasItem("/api/v1/reports/sales-register")))
                .andExpect(jsonPath("$[?(@.key == 'sales-register')].filters[2].options[1].value").value(hasItem("open")))
                .andExpect(jsonPath("$[?(@.key == 'shell-check')].views[1].key").value(hasItem("detail")));
    }

    @Test
    void aReportAnswersItsRowsAndTotalsWithMoneyAsStringsAndTheDefaultsApplied() throws Exception {
        // issue 11 point 6; design §5b: money as strings with 2 decimals
        InvoiceId id = finalized("100.00");
        fixtures.as(tenant, () -> tenders.take(id, new TakingATender.Request(PaymentMethod.CASH, new BigDecimal("40"),
                null, null, null, null)));

        mvc.perform(get("/api/v1/reports/sales-register").param("status", "finalized").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.report").value("sales-register"))
                .andExpect(jsonPath("$.view").value("register"))
                .andExpect(jsonPath("$.filters.status").value("finalized"))
                .andExpect(jsonPath("$.filters.from").isString())
                .andExpect(jsonPath("$.columns[0].key").value("number"))
                .andExpect(jsonPath("$.rows[0].paid").value("40.00"))
                .andExpect(jsonPath("$.rows[0].invoice_id").value(id.value()))
                .andExpect(jsonPath("$.totals.paid").value("40.00"))
                .andExpect(jsonPath("$.totals.number").value("Total"))
                .andExpect(jsonPath("$.totalElements").value(1));
    }

    @Test
    void aCountIsANumberAndASummaryCarriesTheIdItsDrillUses() throws Exception {
        finalized("100.00");
        finalized("50.00");

        mvc.perform(get("/api/v1/reports/shell-check").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].invoices").value(2))
                .andExpect(jsonPath("$.rows[0].total").value("150.00"))
                .andExpect(jsonPath("$.rows[0].customer_id").value(fixtures.customer(tenant).value()));
    }

    @Test
    void aCostColumnIsLeftOutForSomebodyWithoutCanViewCost() throws Exception {
        finalized("100.00");
        long reportsOnly = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> groups.create("Reports only",
                "reads reports, no cost", Set.of(Permission.SHOW_REPORTS)));
        TestTenants.Person reader = tenants.addPerson(tenant, "Reader", Set.of(reportsOnly), Set.of());

        mvc.perform(get("/api/v1/reports/shell-check").param("view", "detail").with(reader.signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.columns[*].key").value(not(hasItem("cost"))))
                .andExpect(jsonPath("$.rows[0].cost").doesNotExist())
                .andExpect(jsonPath("$.totals.cost").doesNotExist());
        mvc.perform(get("/api/v1/reports/shell-check").param("view", "detail").with(tenant.owner().signedIn()))
                .andExpect(jsonPath("$.rows[0].cost").value("40.00"));
    }

    @Test
    void filtersThatCannotRunAnswer400WithAMessagePerField() throws Exception {
        mvc.perform(get("/api/v1/reports/sales-register").param("from", "2026-05-10").param("to", "2026-05-01")
                        .param("sort", "nope,asc").param("view", "pie").with(tenant.owner().signedIn()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.to").value("To must be on or after From."))
                .andExpect(jsonPath("$.errors.view").isString())
                .andExpect(jsonPath("$.errors.sort").isString());
    }

    @Test
    void anUnknownReportIs404AndAPersonWithoutShowReportsIs403() throws Exception {
        mvc.perform(get("/api/v1/reports/no-such-report").with(tenant.owner().signedIn())).andExpect(status().isNotFound());
        TestTenants.Person clerk = tenants.addPerson(tenant, "Clerk", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
        mvc.perform(get("/api/v1/reports/sales-register").with(clerk.signedIn())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports").with(clerk.signedIn())).andExpect(status().isForbidden());
    }

    @Test
    void theReportsOwnApiPathsStayTheirs() throws Exception {
        // the literal paths of the sales-tax report win over {key}
        mvc.perform(get("/api/v1/reports/sales-tax").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.taxLiability").exists());
    }

    @Test
    void openApiDocumentsEachReportUnderItsOwnPathWithItsParameters() throws Exception {
        // issue 11 point 6: in OpenAPI
        mvc.perform(get("/v3/api-docs").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/reports/sales-register'].get.summary").value(
                        org.hamcrest.Matchers.startsWith("Sales Register")))
                .andExpect(jsonPath("$.paths['/api/v1/reports/sales-register'].get.parameters[*].name").value(
                        org.hamcrest.Matchers.hasItems("from", "to", "store", "status", "view", "sort", "page", "size")))
                .andExpect(jsonPath("$.paths['/api/v1/reports/sales-register'].get.parameters[?(@.name == 'status')].schema.enum[0]")
                        .value(hasItem("all")))
                .andExpect(jsonPath("$.paths['/api/v1/reports/{key}'].get.summary").isString());
    }

    private InvoiceId finalized(String price) {
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, price);
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(id));
        return id;
    }
}
