package com.jeweltrak.reports.web;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.reports.ReadingReportFilters;
import com.jeweltrak.reports.ReportRuns;
import com.jeweltrak.reports.Reports;
import com.jeweltrak.sales.FinalizingAnInvoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** 09-reports §2 R4: what the printed report and the CSV hold beyond the page. */
@IntegrationTest
class ReportDocumentsTests {

    @Autowired TestTenants tenants;
    @Autowired SalesFixtures fixtures;
    @Autowired FinalizingAnInvoice finalizing;
    @Autowired ReportDocuments documents;
    @Autowired ReadingReportFilters reading;
    @Autowired Reports reports;
    @Autowired ReportRuns runs;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    TestTenants.Tenant tenant;

    @BeforeEach
    void openTenant() {
        tenant = tenants.open("report-documents");
    }

    @Test
    void aLongPrintedReportIsCappedAndSaysSo() {
        // 09 §2 R4 PDF (brief): a PDF of thousands of rows is neither read nor quick; Excel has them all
        finalized("100.00");
        finalized("200.00");
        finalized("300.00");

        ReportDocuments.Printed printed = as(user -> documents.printed(checked(user), user, 2));

        assertThat(printed.table().rows()).hasSize(2);
        assertThat(printed.capNote()).isEqualTo("First 2 of 3 rows — export to Excel for all");
        assertThat(printed.table().footer().get(6).text()).isEqualTo("600.00"); // the footer still covers every row
        assertThat(printed.landscape()).isTrue();
    }

    @Test
    void aCsvCellThatWouldRunAsAFormulaIsWrittenAsText() throws Exception {
        // spreadsheet formula injection: a customer named "=SUM(…)" must not become a formula in Excel
        finalized("100.00");
        long customer = fixtures.customer(tenant).value();
        TenantContext.runAs(tenant.id(), tenant.owner().id(), () -> transactions.executeWithoutResult(s ->
                jdbc.sql("update contact set first_name = '=SUM(1+1)' where id = ?").param(customer).update()));

        String csv = as(user -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                documents.csv(checked(user), user, out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return out.toString(StandardCharsets.UTF_8);
        });

        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(records.get(1).get(5)).isEqualTo("'=SUM(1+1) Buyer");
    }

    private CheckedRequest checked(CurrentUser user) {
        return CheckedRequest.check(ReportParams.of(reports.find("sales-register").orElseThrow(), Map.of()), user, reading);
    }

    private <T> T as(java.util.function.Function<CurrentUser, T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> work.apply(runs.user(tenant.owner())));
    }

    private InvoiceId finalized(String price) {
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, price);
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(id));
        return id;
    }
}
