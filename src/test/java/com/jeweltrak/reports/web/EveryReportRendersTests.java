package com.jeweltrak.reports.web;

import java.util.ArrayList;
import java.util.List;

import com.jeweltrak.reports.ReportDefinition;
import com.jeweltrak.reports.ReportView;
import com.jeweltrak.reports.Reports;
import com.jeweltrak.sales.FinalizingAnInvoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * 09-reports §2: a report is declared once and the shell does the rest — so every declared report, in every view, has
 * a page, a fragment, CSV, Excel, PDF, a print page and an API answer, without a line of web code of its own.
 */
@IntegrationTest
class EveryReportRendersTests {

    @Autowired MockMvc mvc;
    @Autowired TestTenants tenants;
    @Autowired SalesFixtures fixtures;
    @Autowired FinalizingAnInvoice finalizing;
    @Autowired Reports reports;

    @Test
    void everyDeclaredReportAnswersInEveryViewAndFormat() throws Exception {
        TestTenants.Tenant tenant = tenants.open("every-report");
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, "100.00");
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(id));

        List<String> wrong = new ArrayList<>();
        for (ReportDefinition report : reports.all()) {
            for (ReportView view : report.views()) {
                String query = "?view=" + view.key();
                for (String path : List.of(report.pageUrl(), report.pageUrl() + "/export.csv", report.pageUrl() + "/export.xlsx",
                        report.pageUrl() + "/print", report.apiUrl())) {
                    int status = mvc.perform(get(path + query).with(tenant.owner().signedIn())).andReturn().getResponse().getStatus();
                    if (status != 200) wrong.add(path + query + " → " + status);
                }
                int fragment = mvc.perform(get(report.pageUrl() + query).header("HX-Request", "true")
                        .with(tenant.owner().signedIn())).andReturn().getResponse().getStatus();
                if (fragment != 200) wrong.add("htmx " + report.pageUrl() + query + " → " + fragment);
            }
            int pdf = mvc.perform(get(report.pageUrl() + "/export.pdf").with(tenant.owner().signedIn())).andReturn()
                    .getResponse().getStatus();
            if (pdf != 200) wrong.add(report.pageUrl() + "/export.pdf → " + pdf);
        }
        assertThat(reports.all()).hasSizeGreaterThan(1);
        assertThat(wrong).isEmpty();
    }
}
