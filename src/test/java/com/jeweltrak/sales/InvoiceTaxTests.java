package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.certificates.CertificateFixtures;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** An invoice's tax as the stored invoice computes it: the store's rates with the per-item surtax, and wholesale sales. */
@IntegrationTest
class InvoiceTaxTests {

    static TestTenants.Tenant tenant;

    @Autowired SalesFixtures fixtures;
    @Autowired CertificateFixtures certificates;
    @Autowired OpeningAnInvoice opening;
    @Autowired AddingALine adding;
    @Autowired Invoices invoices;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired SalesFixtures fixtures, @Autowired JdbcClient jdbc,
                           @Autowired TransactionTemplate transactions) {
        tenant = tenants.open("invoice-tax");
        // Florida: 6 % state, 1 % county surtax on the first 5,000.00 of each item
        fixtures.as(tenant, () -> transactions.execute(s -> jdbc.sql(
                "update store set region = 'FL', tax_rate = 0.06, sur_tax_rate = 0.01, sur_tax_threshold = 5000 where id = ?")
                .param(tenant.store().value()).update()));
    }

    // 08-accounting §Sales Tax worked example: 3 watches × 3,000.00 → 540.00 + 90.00 = 630.00
    @Test
    void threeWatchesCarryTheBaseRateAndASurtaxCappedPerWatch() {
        InvoiceId id = invoiceFor(null, "3", "3000.00");
        assertThat(tax(id)).isEqualByComparingTo("630.00");
    }

    // 08-accounting §Sales Tax worked example: 1 watch × 8,000.00 → 480.00 + 50.00 (surtax on the first 5,000.00) = 530.00
    @Test
    void oneWatchOverTheThresholdPaysSurtaxOnlyUpToIt() {
        InvoiceId id = invoiceFor(null, "1", "8000.00");
        assertThat(tax(id)).isEqualByComparingTo("530.00");
    }

    // 08-accounting §Sales Tax R8, 07-contacts §Resale Certificates R3/R7: a dealer with a valid Florida certificate pays no
    // tax, and the invoice names the certificate
    @Test
    void aDealerWithAValidResaleCertificateBuysTaxFree() {
        ContactId dealer = certificates.contact(tenant, "Dealer " + System.nanoTime(), ContactRole.CUSTOMER);
        certificates.valid(tenant, dealer, "FL", "85-8012345678-" + (System.nanoTime() % 1000), LocalDate.of(2030, 1, 1));
        InvoiceId id = invoiceFor(dealer, "1", "8000.00");
        Invoice invoice = fixtures.as(tenant, () -> transactions.execute(s -> invoices.get(id)));
        assertThat(invoice.exemption()).isEqualTo(TaxExemption.WHOLESALE);
        assertThat(invoice.resaleCertificate()).isNotNull();
        assertThat(invoice.amounts().tax()).isEqualByComparingTo("0.00");
        assertThat(invoice.amounts().total()).isEqualByComparingTo("8000.00");
    }

    // 08-accounting §Sales Tax R8: a customer without a certificate pays the tax
    @Test
    void aCustomerWithoutACertificatePaysTax() {
        ContactId walkIn = certificates.contact(tenant, "Retail " + System.nanoTime(), ContactRole.CUSTOMER);
        InvoiceId id = invoiceFor(walkIn, "1", "8000.00");
        assertThat(tax(id)).isEqualByComparingTo("530.00");
    }

    private InvoiceId invoiceFor(ContactId customer, String qty, String price) {
        return fixtures.as(tenant, () -> {
            InvoiceId id = opening.open(new OpeningAnInvoice.Request(tenant.store(), customer, null, null, null, null, null,
                    null, false));
            adding.add(id, new AddingALine.Request(LineKind.NON_STOCK, null, "Watch", new BigDecimal(qty),
                    new BigDecimal(price), null, true, null));
            return id;
        });
    }

    private BigDecimal tax(InvoiceId id) {
        return fixtures.as(tenant, () -> transactions.execute(s -> invoices.get(id).amounts().tax()));
    }
}
