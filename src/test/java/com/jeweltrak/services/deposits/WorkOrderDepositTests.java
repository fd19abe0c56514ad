package com.jeweltrak.services.deposits;

import java.math.BigDecimal;
import java.util.Set;
import java.util.function.Supplier;

import com.jeweltrak.accounting.Books;
import com.jeweltrak.accounting.SystemAccount;
import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.EditingContacts;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.sales.FinalizingAnInvoice;
import com.jeweltrak.sales.Invoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.Invoices;
import com.jeweltrak.sales.MovingAPaymentToCredit;
import com.jeweltrak.sales.PaymentMethod;
import com.jeweltrak.sales.StoreCredits;
import com.jeweltrak.sales.VoidingATender;
import com.jeweltrak.services.ChangingTheStatus;
import com.jeweltrak.services.DepositMethod;
import com.jeweltrak.services.InvoicingTheJob;
import com.jeweltrak.services.OrderType;
import com.jeweltrak.services.ReturningADeposit;
import com.jeweltrak.services.TakingADeposit;
import com.jeweltrak.services.TakingInAWorkOrder;
import com.jeweltrak.services.WorkOrderDeposit;
import com.jeweltrak.services.WorkOrderDeposits;
import com.jeweltrak.services.WorkOrderDetails;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrderStatus;
import com.jeweltrak.services.WorkOrders;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Deposits on a work order and invoicing the job, on the real database and journal (03-services §3, §14). */
@IntegrationTest
class WorkOrderDepositTests {

    static TestTenants.Tenant tenant;

    @Autowired TakingInAWorkOrder takingIn;
    @Autowired ChangingTheStatus status;
    @Autowired TakingADeposit taking;
    @Autowired ReturningADeposit returning;
    @Autowired InvoicingTheJob invoicing;
    @Autowired WorkOrderDeposits deposits;
    @Autowired WorkOrders workOrders;
    @Autowired Invoices invoices;
    @Autowired com.jeweltrak.sales.CustomerPayments customerPayments;
    @Autowired FinalizingAnInvoice finalizing;
    @Autowired VoidingATender voiding;
    @Autowired MovingAPaymentToCredit movingToCredit;
    @Autowired StoreCredits storeCredits;
    @Autowired Books books;
    @Autowired com.jeweltrak.sales.DeletingAnInvoice deleting;
    @Autowired EditingContacts contacts;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("work-order-deposits");
    }

    private <T> T as(Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), work);
    }

    private void run(Runnable work) {
        TenantContext.runAs(tenant.id(), tenant.owner().id(), work);
    }

    private ContactId customer() {
        return as(() -> transactions.execute(s -> contacts.add(Contact.draft(new Contact.Name("Dora", "Deposit", null, null),
                Set.of(ContactRole.CUSTOMER), null, null, null, null, null, null, false, false, null, null))));
    }

    private WorkOrderId job(OrderType type, ContactId customer, String price) {
        return as(() -> takingIn.takeIn(tenant.store(), new WorkOrderDetails(type, "J", customer, null, null, "Resize ring",
                null, null, price == null ? null : new BigDecimal(price), null, null, null, false, null, null)));
    }

    private long deposit(WorkOrderId job, String amount, DepositMethod method, String reference) {
        return as(() -> taking.take(job, new TakingADeposit.Request(new BigDecimal(amount), method, reference, null)));
    }

    private BigDecimal held(ContactId customer) {
        return as(() -> books.depositsHeld(customer));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void aDepositIsHeldAsTheCustomersDepositNotRevenue() {
        // 03-services §3 R4, R11: Dr the tender's account / Cr Customer deposits in the customer's name
        ContactId customer = customer();
        WorkOrderId job = job(OrderType.REPAIR, customer, "300");
        BigDecimal cashBefore = as(() -> books.balance(SystemAccount.CASH));
        deposit(job, "100", DepositMethod.CASH, null);
        assertThat(held(customer)).isEqualByComparingTo("100.00");
        assertThat(as(() -> books.balance(SystemAccount.CASH)).subtract(cashBefore)).isEqualByComparingTo("100.00");
        assertThat(as(() -> books.arBalance(customer))).isEqualByComparingTo("0");
        assertThat(as(() -> deposits.of(job))).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(WorkOrderDeposit.Status.HELD);
            assertThat(d.amount()).isEqualByComparingTo("100.00");
        });
    }

    @Test
    void aDepositOfNothingIsRefused() {
        // 03-services §3 R2: the amount must be more than 0
        WorkOrderId job = job(OrderType.REPAIR, customer(), "300");
        assertThatThrownBy(() -> deposit(job, "0", DepositMethod.CASH, null))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("more than 0");
    }

    @Test
    void aCheckDepositNeedsItsCheckNumber() {
        // 03-services §3 R3: the reference of a check is its number
        WorkOrderId job = job(OrderType.REPAIR, customer(), "300");
        assertThatThrownBy(() -> deposit(job, "50", DepositMethod.CHECK, " "))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("check number");
    }

    @Test
    void severalDepositsAddUpAndTheBooksHoldTheirSum() {
        // 03-services §3 R10, R11: deposits held in the books = Σ held deposits; a wire lands in the bank
        ContactId customer = customer();
        WorkOrderId job = job(OrderType.CUSTOM, customer, "2000");
        deposit(job, "500", DepositMethod.CHECK, "1042");
        deposit(job, "250.50", DepositMethod.WIRE, "W-77");
        deposit(job, "100", DepositMethod.CARD, "AUTH9");
        assertThat(as(() -> deposits.held(job))).isEqualByComparingTo("850.50");
        assertThat(held(customer)).isEqualByComparingTo("850.50");
    }

    @Test
    void aFullCardNumberIsNeverKept() {
        // 03-services §3 R2 with 08-accounting's card rule: only the authorization code is kept
        WorkOrderId job = job(OrderType.REPAIR, customer(), "300");
        assertThatThrownBy(() -> deposit(job, "50", DepositMethod.CARD, "4111 1111 1111 1111"))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("full card number");
    }

    @Test
    void aProductionJobTakesNoDeposit() {
        // 03-services §0: production has no customer to take money from
        WorkOrderId job = job(OrderType.MANUFACTURING, null, null);
        assertThatThrownBy(() -> deposit(job, "50", DepositMethod.CASH, null))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("production");
    }

    @Test
    void aJobHoldingADepositIsNotCancelled() {
        // 03-services §3 R8, §14: cancelled only when no deposit is still held
        WorkOrderId job = job(OrderType.REPAIR, customer(), "300");
        deposit(job, "80", DepositMethod.CASH, null);
        assertThatThrownBy(() -> run(() -> status.change(job, WorkOrderStatus.CANCELLED)))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("80.00");
        assertThat(as(() -> workOrders.get(job)).status()).isNotEqualTo(WorkOrderStatus.CANCELLED);
    }

    @Test
    void aRefundedDepositLeavesTheBooksAndLetsTheJobBeCancelled() {
        // 03-services §3 R8, R11: refund credits the tender; Customer deposits back to 0; no invoice is made
        ContactId customer = customer();
        WorkOrderId job = job(OrderType.REPAIR, customer, "300");
        long d = deposit(job, "80", DepositMethod.CASH, null);
        BigDecimal cashBefore = as(() -> books.balance(SystemAccount.CASH));
        run(() -> returning.refund(job, d, DepositMethod.CASH, null));
        run(() -> status.change(job, WorkOrderStatus.CANCELLED));
        assertThat(held(customer)).isEqualByComparingTo("0");
        assertThat(as(() -> books.balance(SystemAccount.CASH)).subtract(cashBefore)).isEqualByComparingTo("-80.00");
        assertThat(as(() -> deposits.of(job)).getFirst().status()).isEqualTo(WorkOrderDeposit.Status.REFUNDED);
        assertThat(as(() -> deposits.invoiceOf(job))).isEmpty();
    }

    @Test
    void aDepositMovedToStoreCreditBecomesTheCustomersCredit() {
        // 03-services §3 R8: the cancel screen's other choice; Dr Customer deposits / Cr Store credit
        ContactId customer = customer();
        WorkOrderId job = job(OrderType.REPAIR, customer, "300");
        long d = deposit(job, "120", DepositMethod.CHECK, "555");
        run(() -> returning.moveToStoreCredit(job, d));
        run(() -> status.change(job, WorkOrderStatus.CANCELLED));
        assertThat(held(customer)).isEqualByComparingTo("0");
        assertThat(as(() -> storeCredits.balance(customer))).isEqualByComparingTo("120.00");
        assertThat(as(() -> books.storeCredit(customer))).isEqualByComparingTo("120.00");
    }

    @Test
    void aSettledDepositIsNotReturnedTwice() {
        // 03-services §3 Data: held → refunded is final
        WorkOrderId job = job(OrderType.REPAIR, customer(), "300");
        long d = deposit(job, "80", DepositMethod.CASH, null);
        run(() -> returning.refund(job, d, null, null));
        assertThatThrownBy(() -> run(() -> returning.moveToStoreCredit(job, d)))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("no longer held");
    }

    @Test
    void creatingTheInvoiceAppliesEveryHeldDepositAsAPayment() {
        // 03-services §3 R7, R10, R12: one line at the job's price; the deposits pay it; still held in the books while Open
        ContactId customer = customer();
        WorkOrderId job = job(OrderType.REPAIR, customer, "300");
        deposit(job, "100", DepositMethod.CASH, null);
        deposit(job, "50", DepositMethod.CHECK, "77");
        InvoiceId id = as(() -> invoicing.invoice(job));
        Invoice invoice = as(() -> invoices.get(id));
        assertThat(invoice.customer()).isEqualTo(customer);
        assertThat(invoice.lines()).singleElement().satisfies(l -> assertThat(l.unitPrice()).isEqualByComparingTo("300"));
        assertThat(invoice.appliedPayments()).hasSize(2).allSatisfy(p -> assertThat(p.method()).isEqualTo(PaymentMethod.DEPOSIT));
        assertThat(invoice.paid()).isEqualByComparingTo("150.00");
        assertThat(as(() -> deposits.of(job))).allSatisfy(d -> assertThat(d.status()).isEqualTo(WorkOrderDeposit.Status.APPLIED));
        assertThat(as(() -> deposits.invoiceOf(job))).contains(id.value());
        assertThat(held(customer)).isEqualByComparingTo("150.00");
    }

    @Test
    void finalizingTheJobsInvoiceClearsTheDepositsAgainstAr() {
        // 03-services §3 R11: Dr Customer deposits / Cr AR at finalize — AR is the total less the deposits
        ContactId customer = customer();
        WorkOrderId job = job(OrderType.REPAIR, customer, "300");
        deposit(job, "100", DepositMethod.CASH, null);
        InvoiceId id = as(() -> invoicing.invoice(job));
        run(() -> finalizing.finalizeInvoice(id));
        BigDecimal total = as(() -> invoices.get(id)).totals().total();
        assertThat(held(customer)).isEqualByComparingTo("0");
        assertThat(as(() -> books.arBalance(customer))).isEqualByComparingTo(total.subtract(money("100")));
        assertThat(as(() -> books.reconcileAr()).agrees()).isTrue();
    }

    @Test
    void depositsAboveTheInvoiceTotalLeaveTheExcessAsCreditOnAccount() {
        // 03-services §3 R7 (08-accounting §Applying Payments R4): the spec sets no ceiling on a deposit — a deposit
        // above the quote is taken, and the excess over the invoice becomes credit on account
        ContactId customer = customer();
        WorkOrderId job = job(OrderType.REPAIR, customer, "40");
        deposit(job, "500", DepositMethod.CASH, null);
        InvoiceId id = as(() -> invoicing.invoice(job));
        Invoice invoice = as(() -> invoices.get(id));
        BigDecimal total = invoice.totals().total();
        assertThat(invoice.balance()).isEqualByComparingTo("0");
        BigDecimal excess = money("500").subtract(total);
        assertThat(as(() -> customerPayments.creditOnAccount(customer))).isEqualByComparingTo(excess);
        // the excess left Customer deposits for the customer's AR credit
        assertThat(held(customer)).isEqualByComparingTo(total);
        assertThat(as(() -> books.arBalance(customer))).isEqualByComparingTo(excess.negate());
    }

    @Test
    void anInvoicedJobTakesNoMoreDepositsAndNoSecondInvoice() {
        // 03-services §3 R1: once invoiced, payments go on the invoice
        WorkOrderId job = job(OrderType.REPAIR, customer(), "300");
        as(() -> invoicing.invoice(job));
        assertThatThrownBy(() -> deposit(job, "10", DepositMethod.CASH, null))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("invoiced");
        assertThatThrownBy(() -> as(() -> invoicing.invoice(job)))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("already invoiced");
    }

    @Test
    void aJobWithoutAPriceIsNotInvoiced() {
        // 03-services §3 R7: the invoice line carries the job's price
        WorkOrderId job = job(OrderType.REPAIR, customer(), null);
        assertThatThrownBy(() -> as(() -> invoicing.invoice(job)))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("price");
    }

    @Test
    void anAppliedDepositIsMovedToCreditRatherThanVoided() {
        // 03-services §3 R13, decision 1: void refused; moving it to credit on account takes it out of deposits into AR
        ContactId customer = customer();
        WorkOrderId job = job(OrderType.REPAIR, customer, "300");
        deposit(job, "100", DepositMethod.CASH, null);
        InvoiceId id = as(() -> invoicing.invoice(job));
        var payment = as(() -> invoices.get(id)).appliedPayments().getFirst().id();
        assertThatThrownBy(() -> run(() -> voiding.voidTender(id, payment, null)))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("credit on account");
        run(() -> movingToCredit.move(id, payment));
        assertThat(held(customer)).isEqualByComparingTo("0");
        assertThat(as(() -> books.arBalance(customer))).isEqualByComparingTo("-100.00");
    }

    @Test
    void deletingTheJobsOpenInvoiceLeavesTheJobUninvoiced() {
        // 03-services §0 InvoiceId, §3 R1: an Open invoice made by mistake is deleted; the job can be invoiced again
        WorkOrderId job = job(OrderType.REPAIR, customer(), "300");
        InvoiceId id = as(() -> invoicing.invoice(job));
        run(() -> deleting.delete(id));
        assertThat(as(() -> deposits.invoiceOf(job))).isEmpty();
        assertThat(as(() -> invoicing.invoice(job))).isNotNull();
    }

    @Test
    void anInvoiceThatCarriedDepositsIsNotDeleted() {
        // 03-services §3 R7, R13: the deposit moved to credit on account keeps its row; the invoice is voided instead
        ContactId customer = customer();
        WorkOrderId job = job(OrderType.REPAIR, customer, "300");
        deposit(job, "100", DepositMethod.CASH, null);
        InvoiceId id = as(() -> invoicing.invoice(job));
        var payment = as(() -> invoices.get(id)).appliedPayments().getFirst().id();
        run(() -> movingToCredit.move(id, payment));
        assertThatThrownBy(() -> run(() -> deleting.delete(id))).hasMessageContaining("deposits taken on a work order");
        assertThat(as(() -> customerPayments.creditOnAccount(customer))).isEqualByComparingTo("100.00");
    }
}
