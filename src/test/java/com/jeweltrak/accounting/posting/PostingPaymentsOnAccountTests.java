package com.jeweltrak.accounting.posting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.jeweltrak.accounting.Books;
import com.jeweltrak.accounting.SystemAccount;
import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.EditingContacts;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.sales.CustomerPaymentId;
import com.jeweltrak.sales.CustomerPaymentVoided;
import com.jeweltrak.sales.InvoiceAmounts;
import com.jeweltrak.sales.InvoiceFinalized;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.PaymentApplied;
import com.jeweltrak.sales.PaymentId;
import com.jeweltrak.sales.PaymentMethod;
import com.jeweltrak.sales.PaymentReceivedOnAccount;
import com.jeweltrak.sales.PaymentVoided;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The postings of payments on account (08-accounting §Applying Payments, §Voiding Payments R4), fed with the sales
 * events: a receipt (Dr tender / Cr AR), an application (Dr AR / Cr AR about the invoice), a receipt's void (the receipt
 * entry reversed on the void date), a void of credit made from a moved payment (Dr AR / Cr tender). The books balance.
 */
@IntegrationTest
class PostingPaymentsOnAccountTests extends PostingTestCase {

    static final LocalDate DAY = LocalDate.of(2026, 11, 10);
    static final LocalDate LATER = LocalDate.of(2026, 11, 20);
    static long ids = 7000;

    private Map<String, BigDecimal> linesOf(String posting, long document) {
        return as(() -> jdbc.sql("""
                        select a.system_key, sum(l.debit - l.credit) from journal_line l
                        join journal_entry e on e.tenant_id = l.tenant_id and e.id = l.entry_id
                        join account a on a.tenant_id = l.tenant_id and a.id = l.account_id
                        where e.posting = ? and e.document_id = ? group by a.system_key""")
                .params(posting, document)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getBigDecimal(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    private PaymentReceivedOnAccount received(CustomerPaymentId id, String amount) {
        return new PaymentReceivedOnAccount(tenant.id(), id, tenant.store(), DAY, customer, PaymentMethod.CHECK, null,
                new BigDecimal(amount));
    }

    private void balanced() {
        assertThat(as(() -> books.trialBalance(LATER.plusDays(1)).balanced())).isTrue();
        assertThat(as(() -> books.reconcileAr().agrees())).isTrue();
    }

    // §Applying Payments: the money comes in once, into the tender's account, out of the customer's AR
    @Test
    void aReceiptDebitsTheTenderAndCreditsTheCustomersAr() {
        CustomerPaymentId id = new CustomerPaymentId(ids++);
        publish(received(id, "500.00"));
        assertThat(linesOf("PAYMENT_RECEIVED_ON_ACCOUNT", id.value())).containsOnlyKeys("CHECKS", "AR");
        assertThat(as(() -> books.balance(SystemAccount.CHECKS))).isEqualByComparingTo("500.00");
        assertThat(as(() -> books.arBalance(customer))).isEqualByComparingTo("-500.00");
        balanced();
    }

    // §Applying Payments R2: an application moves money within the customer's AR, about the invoice: net zero
    @Test
    void anApplicationNetsToZeroInTheCustomersAr() {
        CustomerPaymentId id = new CustomerPaymentId(ids++);
        PaymentId application = new PaymentId(ids++);
        publish(received(id, "500.00"));
        publish(new PaymentApplied(tenant.id(), application, id, new InvoiceId(ids++), tenant.store(), DAY, customer,
                new BigDecimal("120.00")));
        Map<String, BigDecimal> lines = linesOf("PAYMENT_APPLIED", application.value());
        assertThat(lines).containsOnlyKeys("AR");
        assertThat(lines.get("AR")).isEqualByComparingTo("0");
        Long aboutInvoice = as(() -> jdbc.sql("select invoice_id from journal_entry where posting = 'PAYMENT_APPLIED' and document_id = ?")
                .param(application.value()).query(Long.class).single());
        assertThat(aboutInvoice).isNotNull();
        assertThat(as(() -> books.arBalance(customer))).isEqualByComparingTo("-500.00");
        balanced();
    }

    // §Voiding Payments R4: the receipt's entry is reversed on the void date; its applications by PaymentVoided
    @Test
    void aVoidedReceiptIsReversedOnTheVoidDate() {
        CustomerPaymentId id = new CustomerPaymentId(ids++);
        PaymentId application = new PaymentId(ids++);
        InvoiceId invoice = new InvoiceId(ids++);
        publish(new InvoiceFinalized(tenant.id(), invoice, "1" + invoice.value(), tenant.store(), DAY, customer,
                new InvoiceAmounts(new BigDecimal("300.00"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                        new BigDecimal("300.00"), new BigDecimal("100.00")), BigDecimal.ZERO));
        publish(received(id, "300.00"));
        publish(new PaymentApplied(tenant.id(), application, id, invoice, tenant.store(), DAY, customer, new BigDecimal("300.00")));
        assertThat(as(() -> books.arBalance(customer))).isEqualByComparingTo("0.00");
        publish(new PaymentVoided(tenant.id(), application, invoice, LATER));
        publish(new CustomerPaymentVoided(tenant.id(), id, tenant.store(), LATER, customer, PaymentMethod.CHECK,
                new BigDecimal("300.00"), false));
        // the check's money is gone again and the invoice owes its 300.00 once more
        assertThat(as(() -> books.balance(SystemAccount.CHECKS))).isEqualByComparingTo("0.00");
        assertThat(as(() -> books.arBalance(customer))).isEqualByComparingTo("300.00");
        long reversals = as(() -> jdbc.sql("select count(*) from journal_entry where reverses_entry_id is not null and entry_date = ?")
                .param(LATER).query(Long.class).single());
        assertThat(reversals).isEqualTo(2L);
        balanced();
    }

    // a receipt made from a moved payment has no entry of its own: its void takes the money back out of the tender
    @Test
    void aVoidedCreditFromAMovedPaymentTakesTheMoneyBackOutOfTheTender() {
        CustomerPaymentId id = new CustomerPaymentId(ids++);
        publish(new CustomerPaymentVoided(tenant.id(), id, tenant.store(), LATER, customer, PaymentMethod.CASH,
                new BigDecimal("40.00"), true));
        Map<String, BigDecimal> lines = linesOf("CUSTOMER_PAYMENT_VOIDED", id.value());
        assertThat(lines.get("AR")).isEqualByComparingTo("40.00");
        assertThat(lines.get("CASH")).isEqualByComparingTo("-40.00");
        balanced();
    }
}
