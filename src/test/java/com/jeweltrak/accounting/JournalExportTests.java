package com.jeweltrak.accounting;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.Invoices;
import com.jeweltrak.sales.PaymentMethod;
import com.jeweltrak.sales.ReturnFixtures;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The journal export for QuickBooks (issue 10 point 8): CSV columns, IIF transactions that balance, mapped names. */
@IntegrationTest
class JournalExportTests {

    @Autowired TestTenants tenants;
    @Autowired SalesFixtures fixtures;
    @Autowired ReturnFixtures returns;
    @Autowired Invoices invoices;
    @Autowired JournalExport export;
    @Autowired ChartOfAccounts chart;

    TestTenants.Tenant tenant;
    LocalDate today;

    @BeforeEach
    void aSaleAndAPayment() {
        tenant = tenants.open("journal-export");
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, "250.00");
        returns.finalize(tenant, id);
        returns.pay(tenant, id, PaymentMethod.CASH, "100.00");
        today = fixtures.as(tenant, () -> invoices.get(id).date());
    }

    private String write(JournalExport.Format format) {
        StringWriter out = new StringWriter();
        fixtures.run(tenant, () -> export.write(today, today, format, out));
        return out.toString();
    }

    // issue 10 point 8: one CSV row per journal line, with the agreed columns
    @Test
    void theCsvHasOneRowPerJournalLineWithItsColumns() {
        List<String> lines = write(JournalExport.Format.CSV).lines().toList();
        assertThat(lines.getFirst()).isEqualTo("date,entry id,document type,document number,posting,account code,"
                + "account name,mapped name,debit,credit,customer,memo");
        assertThat(lines).hasSize(1 + 4); // finalize: AR / service revenue; payment: cash / AR
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(today + ",").contains(",INVOICE,")
                .contains(",INVOICE_FINALIZED,1100,Accounts receivable,Accounts receivable,250.00,0.00,Cora Buyer,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(",PAYMENT_RECEIVED,").contains(",100.00,0.00,,"));
    }

    // IIF: headers, a TRNS and SPL lines per entry closed by ENDTRNS; each transaction's amounts sum to 0
    @Test
    void everyIifTransactionBalances() {
        List<String> lines = write(JournalExport.Format.IIF).lines().toList();
        assertThat(lines.subList(0, 3)).containsExactly(
                "!TRNS\tTRNSID\tTRNSTYPE\tDATE\tACCNT\tNAME\tAMOUNT\tDOCNUM\tMEMO",
                "!SPL\tSPLID\tTRNSTYPE\tDATE\tACCNT\tNAME\tAMOUNT\tDOCNUM\tMEMO", "!ENDTRNS");
        List<BigDecimal> sums = new ArrayList<>();
        BigDecimal sum = null;
        for (String line : lines.subList(3, lines.size())) {
            String[] cells = line.split("\t", -1);
            switch (cells[0]) {
                case "TRNS" -> sum = new BigDecimal(cells[6]);
                case "SPL" -> sum = sum.add(new BigDecimal(cells[6]));
                case "ENDTRNS" -> sums.add(sum);
                default -> throw new AssertionError("unexpected line " + line);
            }
            if (!cells[0].equals("ENDTRNS")) {
                assertThat(cells[2]).isEqualTo("GENERAL JOURNAL");
                assertThat(cells[3]).matches("\\d{2}/\\d{2}/\\d{4}");
            }
        }
        assertThat(sums).hasSize(2).allSatisfy(s -> assertThat(s).isZero());
    }

    // the mapping: an account exports under the QuickBooks name the tenant gave it; blank returns to our own name
    @Test
    void theIifUsesTheMappedQuickBooksNames() {
        long cash = fixtures.as(tenant, () -> chart.idOf(SystemAccount.CASH));
        fixtures.run(tenant, () -> export.saveMapping(Map.of(cash, "Undeposited Funds")));
        String iif = write(JournalExport.Format.IIF);
        assertThat(iif).contains("\tUndeposited Funds\t\t100.00\t").doesNotContain("\tCash\t");
        assertThat(fixtures.as(tenant, () -> export.mapping())).filteredOn(m -> m.accountId() == cash)
                .singleElement().extracting(JournalExport.Mapping::quickbooksName).isEqualTo("Undeposited Funds");

        fixtures.run(tenant, () -> export.saveMapping(Map.of(cash, " ")));
        assertThat(write(JournalExport.Format.IIF)).contains("\tCash\t");
    }

    // an inverted range is refused with the reason
    @Test
    void anInvertedRangeIsRefused() {
        assertThatThrownBy(() -> fixtures.run(tenant, () -> export.write(today, today.minusDays(1), JournalExport.Format.CSV,
                new StringWriter()))).isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("starts after it ends");
    }

    // a spreadsheet must not run a memo as a formula; commas and quotes are quoted
    @Test
    void csvCellsAreQuotedAndDefused() {
        assertThat(JournalExport.csvCell("=HYPERLINK(\"x\")", false)).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(JournalExport.csvCell("Buyer, Cora", false)).isEqualTo("\"Buyer, Cora\"");
        assertThat(JournalExport.csvCell("-5.00", true)).isEqualTo("-5.00");
        assertThat(JournalExport.iifCell("a\tb\nc\"d")).isEqualTo("a b c'd");
    }
}
