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
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.PaymentId;
import com.jeweltrak.sales.PaymentMethod;
import com.jeweltrak.sales.PaymentReceived;
import com.jeweltrak.services.DepositMethod;
import com.jeweltrak.services.WorkOrderDepositReturned;
import com.jeweltrak.services.WorkOrderDepositTaken;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The posting of work-order deposits and of their application to the job's invoice (03-services §3 R7, R8, R11, R12). */
@IntegrationTest
class PostingWorkOrderDepositsTests extends PostingTestCase {

    static final LocalDate DAY = LocalDate.of(2026, 11, 10);
    static long ids = 5000;

    private WorkOrderDepositTaken taken(long deposit, DepositMethod method, String amount) {
        return new WorkOrderDepositTaken(tenant.id(), deposit, new WorkOrderId(1), "1", tenant.store(), DAY, customer, method,
                new BigDecimal(amount));
    }

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

    @Test
    void aDepositDebitsTheTenderAndCreditsCustomerDepositsNeverRevenueOrAr() {
        // 03-services §3 R11
        long deposit = ids++;
        publish(taken(deposit, DepositMethod.CHECK, "250.00"));
        assertThat(linesOf("DEPOSIT_TAKEN", deposit)).containsOnlyKeys("CHECKS", "CUSTOMER_DEPOSITS");
        assertThat(as(() -> books.balance(SystemAccount.CHECKS))).isEqualByComparingTo("250.00");
        assertThat(as(() -> books.depositsHeld(customer))).isEqualByComparingTo("250.00");
        assertThat(as(() -> books.arBalance(customer))).isEqualByComparingTo("0");
    }

    @Test
    void aWireOrAchDepositLandsInTheBank() {
        // 03-services §3 Data (wire, ACH), R11: the tender's own account
        long deposit = ids++;
        publish(taken(deposit, DepositMethod.ACH, "90.00"));
        assertThat(as(() -> books.balance(SystemAccount.BANK))).isEqualByComparingTo("90.00");
    }

    @Test
    void aRefundCreditsTheTenderItIsPaidBackWith() {
        // 03-services §3 R8, R11: "a refund credits cash"
        long deposit = ids++;
        publish(taken(deposit, DepositMethod.CARD, "80.00"));
        publish(new WorkOrderDepositReturned(tenant.id(), deposit, new WorkOrderId(1), "1", tenant.store(), DAY, customer,
                DepositMethod.CASH, new BigDecimal("80.00")));
        assertThat(linesOf("DEPOSIT_REFUNDED", deposit)).containsOnlyKeys("CASH", "CUSTOMER_DEPOSITS");
        assertThat(as(() -> books.balance(SystemAccount.CASH))).isEqualByComparingTo("-80.00");
        assertThat(as(() -> books.depositsHeld(customer))).isEqualByComparingTo("0");
    }

    @Test
    void aDepositMovedToStoreCreditCreditsTheStoreCreditLiability() {
        // 03-services §3 R8, R11: "a move to store credit credits the store-credit liability"
        long deposit = ids++;
        publish(taken(deposit, DepositMethod.CASH, "60.00"));
        publish(new WorkOrderDepositReturned(tenant.id(), deposit, new WorkOrderId(1), "1", tenant.store(), DAY, customer,
                null, new BigDecimal("60.00")));
        assertThat(as(() -> books.storeCredit(customer))).isEqualByComparingTo("60.00");
        assertThat(as(() -> books.depositsHeld(customer))).isEqualByComparingTo("0");
        assertThat(as(() -> books.balance(SystemAccount.CASH))).isEqualByComparingTo("60.00");
    }

    @Test
    void anAppliedDepositOnAnOpenInvoiceMovesNothing() {
        // 03-services §3 R7, R12: a transfer, not a second receipt: no entry, cash counted once
        long deposit = ids++;
        publish(taken(deposit, DepositMethod.CASH, "100.00"));
        PaymentId payment = new PaymentId(ids++);
        publish(new PaymentReceived(tenant.id(), payment, new InvoiceId(ids++), tenant.store(), DAY, customer,
                PaymentMethod.DEPOSIT, null, new BigDecimal("100.00"), false));
        assertThat(linesOf("PAYMENT_RECEIVED", payment.value())).isEmpty();
        assertThat(as(() -> books.balance(SystemAccount.CASH))).isEqualByComparingTo("100.00");
        assertThat(as(() -> books.depositsHeld(customer))).isEqualByComparingTo("100.00");
    }

    @Test
    void anAppliedDepositOnAFinalizedInvoiceClearsAgainstAr() {
        // 03-services §3 R11: Dr Customer deposits / Cr AR
        long deposit = ids++;
        publish(taken(deposit, DepositMethod.CASH, "100.00"));
        PaymentId payment = new PaymentId(ids++);
        publish(new PaymentReceived(tenant.id(), payment, new InvoiceId(ids++), tenant.store(), DAY, customer,
                PaymentMethod.DEPOSIT, null, new BigDecimal("100.00"), true));
        assertThat(linesOf("PAYMENT_RECEIVED", payment.value())).containsOnlyKeys("CUSTOMER_DEPOSITS", "AR");
        assertThat(as(() -> books.depositsHeld(customer))).isEqualByComparingTo("0");
        assertThat(as(() -> books.arBalance(customer))).isEqualByComparingTo("-100.00");
        assertThat(as(() -> books.balance(SystemAccount.CASH))).isEqualByComparingTo("100.00");
    }
}
