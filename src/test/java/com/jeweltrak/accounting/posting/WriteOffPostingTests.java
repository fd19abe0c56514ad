package com.jeweltrak.accounting.posting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.sales.FinalizingAnInvoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.Invoices;
import com.jeweltrak.sales.ReversingAWriteOff;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.sales.WriteOffId;
import com.jeweltrak.sales.WritingOffAnInvoice;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The write-off's journal shape (08-accounting §Writing Off Invoices; a-common): document WRITE_OFF, posting
 * INVOICE_WRITTEN_OFF about the invoice, Dr Bad debt / Cr AR naming the customer; the reversal reverses that entry on
 * its own date.
 */
@IntegrationTest
class WriteOffPostingTests {

    static TestTenants.Tenant tenant;

    @Autowired SalesFixtures fixtures;
    @Autowired FinalizingAnInvoice finalizing;
    @Autowired WritingOffAnInvoice writingOff;
    @Autowired ReversingAWriteOff reversing;
    @Autowired Invoices invoices;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("write-off-postings");
    }

    record Line(String entryPosting, String account, BigDecimal debit, BigDecimal credit, Long contact, Long invoice,
                String number, LocalDate date) {
    }

    private List<Line> linesOf(WriteOffId writeOff) {
        return fixtures.as(tenant, () -> transactions.execute(s -> jdbc.sql("""
                        select e.posting, a.system_key, l.debit, l.credit, l.contact_id, e.invoice_id, e.document_number,
                               e.entry_date
                        from journal_entry e join journal_line l on l.entry_id = e.id join account a on a.id = l.account_id
                        where e.document_type = 'WRITE_OFF' and e.document_id = ? order by e.id, l.id""")
                .param(writeOff.value())
                .query((rs, n) -> new Line(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getObject(5, Long.class), rs.getObject(6, Long.class), rs.getString(7),
                        rs.getObject(8, LocalDate.class)))
                .list()));
    }

    // §Writing Off R1, R4: Dr Bad debt / Cr AR (customer), about the invoice; R7: reversed, same accounts swapped
    @Test
    void aWriteOffDebitsBadDebtAndCreditsTheCustomersArAndItsReversalUndoesIt() {
        ContactId customer = fixtures.customer(tenant);
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, "65.00");
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(id));
        WriteOffId writeOff = fixtures.as(tenant, () -> writingOff.writeOff(id, "Uncollectable"));
        String number = fixtures.as(tenant, () -> invoices.get(id).numberText());

        assertThat(linesOf(writeOff)).extracting(Line::entryPosting, Line::account, Line::debit, Line::credit, Line::contact,
                        Line::invoice, Line::number)
                .usingRecursiveFieldByFieldElementComparator(org.assertj.core.api.recursive.comparison
                        .RecursiveComparisonConfiguration.builder().withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("INVOICE_WRITTEN_OFF", "BAD_DEBT", new BigDecimal("65.00"), BigDecimal.ZERO, null, id.value(), number),
                        org.assertj.core.groups.Tuple.tuple("INVOICE_WRITTEN_OFF", "AR", BigDecimal.ZERO, new BigDecimal("65.00"), customer.value(), id.value(), number));

        fixtures.run(tenant, () -> reversing.reverse(id, "Paid"));

        List<Line> after = linesOf(writeOff);
        assertThat(after).hasSize(4);
        assertThat(after.subList(2, 4)).allSatisfy(l -> assertThat(l.entryPosting()).isEqualTo("REVERSAL"));
        assertThat(after.get(2).account()).isEqualTo("BAD_DEBT");
        assertThat(after.get(2).credit()).isEqualByComparingTo("65.00");
        assertThat(after.get(3).account()).isEqualTo("AR");
        assertThat(after.get(3).debit()).isEqualByComparingTo("65.00");
        assertThat(after.get(3).contact()).isEqualTo(customer.value());
    }
}
