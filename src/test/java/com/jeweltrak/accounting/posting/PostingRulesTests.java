package com.jeweltrak.accounting.posting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.jeweltrak.accounting.Books;
import com.jeweltrak.accounting.SystemAccount;
import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.EditingContacts;
import com.jeweltrak.platform.tenancy.Organizations;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.sales.InvoiceAmounts;
import com.jeweltrak.sales.InvoiceFinalized;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.InvoiceReopened;
import com.jeweltrak.sales.InvoiceVoided;
import com.jeweltrak.sales.PaymentId;
import com.jeweltrak.sales.PaymentMethod;
import com.jeweltrak.sales.PaymentReceived;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The posting rules, fed with sales' events published inside a transaction as sales will publish them
 * (08-accounting §AR R9, §Applying Payments, §Voiding Payments, §Sales Tax R12; decision 2). Each test opens its own
 * tenant, so the account balances it checks are its own.
 */
@IntegrationTest
class PostingRulesTests extends PostingTestCase {

    @Autowired Organizations organizations;

    static final LocalDate DAY = LocalDate.of(2026, 11, 10);
    static long ids = 1000;

    private BigDecimal balance(SystemAccount account) {
        return as(() -> books.balance(account));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    /** 1,000 merchandise + 100 non-stock + 50 service + 20 freight + 74.20 tax = 1,244.20; cost 400. */
    private InvoiceFinalized finalized(InvoiceId invoice, ContactId who, String paidBefore) {
        return new InvoiceFinalized(tenant.id(), invoice, "1" + invoice.value(), tenant.store(), DAY, who,
                new InvoiceAmounts(money("1000.00"), money("100.00"), money("50.00"), money("20.00"), money("74.20"),
                        money("1244.20"), money("400.00")), money(paidBefore));
    }

    private PaymentReceived payment(PaymentId id, InvoiceId invoice, ContactId who, PaymentMethod method, String amount,
                                    boolean finalized, LocalDate date) {
        return new PaymentReceived(tenant.id(), id, invoice, tenant.store(), date, who, method, null, money(amount), finalized);
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

    // 08-accounting §AR R9, §Sales Tax R12: a finalized invoice enters AR; revenue by kind, tax owed, cost of goods
    @Test
    void aFinalizedInvoicePostsArRevenueTaxAndCostOfGoods() {
        InvoiceId invoice = new InvoiceId(ids++);
        publish(finalized(invoice, customer, "0"));
        assertThat(linesOf("INVOICE_FINALIZED", invoice.value())).containsOnlyKeys("AR", "SALES", "SERVICE_REVENUE",
                "FREIGHT_INCOME", "SALES_TAX_PAYABLE", "COGS", "INVENTORY");
        assertThat(balance(SystemAccount.AR)).isEqualByComparingTo("1244.20");
        assertThat(balance(SystemAccount.SALES)).isEqualByComparingTo("1100.00");
        assertThat(balance(SystemAccount.SERVICE_REVENUE)).isEqualByComparingTo("50.00");
        assertThat(balance(SystemAccount.FREIGHT_INCOME)).isEqualByComparingTo("20.00");
        assertThat(as(() -> books.taxPayable())).isEqualByComparingTo("74.20");
        assertThat(balance(SystemAccount.COGS)).isEqualByComparingTo("400.00");
        assertThat(balance(SystemAccount.INVENTORY)).isEqualByComparingTo("-400.00");
        assertThat(as(() -> books.arBalance(customer))).isEqualByComparingTo("1244.20");
    }

    // 02-sales §Finalize R4: what was paid while the invoice was Open leaves customer deposits, not AR
    @Test
    void paymentsTakenWhileOpenMoveFromDepositsWhenTheInvoiceIsFinalized() {
        InvoiceId invoice = new InvoiceId(ids++);
        publish(payment(new PaymentId(ids++), invoice, customer, PaymentMethod.CASH, "244.20", false, DAY));
        assertThat(as(() -> books.depositsHeld(customer))).isEqualByComparingTo("244.20");
        publish(finalized(invoice, customer, "244.20"));
        assertThat(as(() -> books.depositsHeld(customer))).isEqualByComparingTo("0");
        assertThat(as(() -> books.arBalance(customer))).isEqualByComparingTo("1000.00");
        assertThat(balance(SystemAccount.CASH)).isEqualByComparingTo("244.20");
    }

    // 08-accounting §Applying Payments: each tender method debits its own account; a finalized invoice's payment reduces AR
    @Test
    void aPaymentOnAFinalizedInvoiceDebitsItsTenderAndReducesAr() {
        InvoiceId invoice = new InvoiceId(ids++);
        publish(finalized(invoice, customer, "0"),
                payment(new PaymentId(ids++), invoice, customer, PaymentMethod.CARD, "1000.00", true, DAY),
                payment(new PaymentId(ids++), invoice, customer, PaymentMethod.CHECK, "200.00", true, DAY),
                payment(new PaymentId(ids++), invoice, customer, PaymentMethod.OTHER, "44.20", true, DAY));
        assertThat(balance(SystemAccount.CARD_CLEARING)).isEqualByComparingTo("1000.00");
        assertThat(balance(SystemAccount.CHECKS)).isEqualByComparingTo("200.00");
        assertThat(balance(SystemAccount.OTHER_TENDERS)).isEqualByComparingTo("44.20");
        assertThat(as(() -> books.arBalance(customer))).isEqualByComparingTo("0");
    }

    // decision 2, 02-sales §Finalize R12: reopening reverses the finalize entry; payments since finalize become deposits
    @Test
    void reopeningWithdrawsTheInvoiceFromArAndHoldsItsPaymentsAsDeposits() {
        InvoiceId invoice = new InvoiceId(ids++);
        publish(finalized(invoice, customer, "0"),
                payment(new PaymentId(ids++), invoice, customer, PaymentMethod.CASH, "300.00", true, DAY));
        publish(new InvoiceReopened(tenant.id(), invoice, DAY.plusDays(1), money("300.00"), money("300.00")));
        assertThat(as(() -> books.arBalance(customer))).isEqualByComparingTo("0");
        assertThat(as(() -> books.depositsHeld(customer))).isEqualByComparingTo("300.00");
        assertThat(balance(SystemAccount.SALES)).isEqualByComparingTo("0");
        assertThat(as(() -> books.taxPayable())).isEqualByComparingTo("0");
        assertThat(balance(SystemAccount.INVENTORY)).isEqualByComparingTo("0");
        // finalized again: the deposits go to the invoice again
        publish(finalized(invoice, customer, "300.00"));
        assertThat(as(() -> books.arBalance(customer))).isEqualByComparingTo("944.20");
        assertThat(as(() -> books.depositsHeld(customer))).isEqualByComparingTo("0");
    }

    // 08-accounting §AR R9: voiding removes the invoice from the books; its finalize entry is reversed once
    @Test
    void voidingReversesTheFinalizeEntry() {
        InvoiceId invoice = new InvoiceId(ids++);
        publish(finalized(invoice, customer, "0"));
        publish(new InvoiceVoided(tenant.id(), invoice, DAY.plusDays(2)));
        assertThat(as(() -> books.arBalance(customer))).isEqualByComparingTo("0");
        assertThat(balance(SystemAccount.SALES)).isEqualByComparingTo("0");
        assertThat(as(() -> jdbc.sql("select count(*) from journal_entry where posting = 'REVERSAL' and document_id = ?")
                .param(invoice.value()).query(Long.class).single())).isEqualTo(1);
    }

    // 08-accounting §Voiding Payments, Period Close R2: a payment in a closed period is reversed in the open one
    @Test
    void aVoidedPaymentIsReversedOnTheDateTheEventGivesEvenWhenThePaymentIsInAClosedPeriod() {
        InvoiceId invoice = new InvoiceId(ids++);
        PaymentId paid = new PaymentId(ids++);
        publish(finalized(invoice, customer, "0"),
                payment(paid, invoice, customer, PaymentMethod.CASH, "100.00", true, DAY));
        as(() -> {
            organizations.update(withClosedThrough(organizations.get(), DAY.plusDays(5)));
            return null;
        });
        publish(new PaymentVoided(tenant.id(), paid, invoice, DAY.plusDays(6)));
        assertThat(balance(SystemAccount.CASH)).isEqualByComparingTo("0");
        assertThat(as(() -> books.arBalance(customer))).isEqualByComparingTo("1244.20");
        assertThat(as(() -> jdbc.sql("select entry_date from journal_entry where posting = 'REVERSAL' and document_id = ?")
                .param(paid.value()).query(LocalDate.class).single())).isEqualTo(DAY.plusDays(6));
    }

    // design §4: a posting is never lost — when it fails, the document's whole transaction rolls back with it
    @Test
    void aPostingThatFailsRollsBackTheTransactionThatPublishedTheEvent() {
        as(() -> {
            organizations.update(withClosedThrough(organizations.get(), DAY));
            return null;
        });
        InvoiceId invoice = new InvoiceId(ids++);
        assertThatThrownBy(() -> as(() -> {
            // the document's own write, then its event: the posting into the closed period is refused
            jdbc.sql("insert into period_close_log (tenant_id, new_date, acknowledged) values (?, ?, 'document stand-in')")
                    .params(tenant.id().value(), DAY).update();
            events.publishEvent(payment(new PaymentId(ids++), invoice, customer, PaymentMethod.CASH, "5.00", true, DAY));
            return null;
        })).isInstanceOf(com.jeweltrak.accounting.PeriodIsClosed.class);
        assertThat(as(() -> jdbc.sql("select count(*) from period_close_log where acknowledged = 'document stand-in'")
                .query(Long.class).single())).isZero();
        assertThat(as(() -> jdbc.sql("select count(*) from journal_entry").query(Long.class).single())).isZero();
    }

    // design §4: a posting only happens inside the document's transaction; published outside one it is refused
    @Test
    void anEventPublishedOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> TenantContext.runAs(tenant.id(), tenant.owner().id(), () ->
                events.publishEvent(finalized(new InvoiceId(ids++), customer, "0"))))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }

    // design §4 reconciliation: AR control = Σ customer sub-ledger; a walk-in sale paid at the counter nets to zero
    @Test
    void arControlAgreesWithTheCustomerSubLedger() {
        InvoiceId credit = new InvoiceId(ids++);
        InvoiceId walkIn = new InvoiceId(ids++);
        publish(finalized(credit, customer, "0"),
                payment(new PaymentId(ids++), credit, customer, PaymentMethod.CASH, "200.00", true, DAY),
                finalized(walkIn, null, "0"),
                payment(new PaymentId(ids++), walkIn, null, PaymentMethod.CARD, "1244.20", true, DAY));
        var reconciliation = as(() -> books.reconcileAr());
        assertThat(reconciliation.agrees()).isTrue();
        assertThat(reconciliation.control()).isEqualByComparingTo("1044.20");
        assertThat(as(() -> books.arByCustomer())).extracting(Books.CustomerBalance::customer).isEqualTo(List.of(customer));
    }

    // decision 10 / §Sales Tax R10: a return invoice's negative amounts post to the other side
    @Test
    void aReturnInvoiceCreditsArAndReducesTaxPayable() {
        InvoiceId returned = new InvoiceId(ids++);
        publish(new InvoiceFinalized(tenant.id(), returned, "R1", tenant.store(), DAY, customer,
                new InvoiceAmounts(money("-3000.00"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, money("-210.00"),
                        money("-3210.00"), money("-1200.00")), BigDecimal.ZERO));
        assertThat(as(() -> books.arBalance(customer))).isEqualByComparingTo("-3210.00");
        assertThat(as(() -> books.taxPayable())).isEqualByComparingTo("-210.00");
        assertThat(balance(SystemAccount.INVENTORY)).isEqualByComparingTo("1200.00");
    }

    // 07-contacts §Consolidation R3: a merge moves the secondary's AR sub-ledger to the primary; amounts stay as posted
    @Test
    void aMergeOfCustomersMovesTheirArToThePrimary(@Autowired com.jeweltrak.contacts.merging.MergingContacts merging) {
        ContactId twin = as(() -> contacts.add(Contact.draft(new Contact.Name("Ada", "Ledger", null, null),
                Set.of(ContactRole.CUSTOMER), Contact.Reach.NONE, null, null, null, null, null, false, false, null, null)));
        publish(finalized(new InvoiceId(ids++), twin, "0"));
        as(() -> merging.merge(customer, List.of(twin)));
        assertThat(as(() -> books.arBalance(customer))).isEqualByComparingTo("1244.20");
        assertThat(as(() -> books.arBalance(twin))).isEqualByComparingTo("0");
        assertThat(as(() -> books.reconcileAr().agrees())).isTrue();
    }

    // 08-accounting §Sales Tax R12: liability = tax of standing finalized invoices by invoice date; collected = each
    // payment's tax portion (amount × tax ÷ total) by payment date; a voided payment and a reopened invoice drop out
    @Test
    void taxLiabilityAndTaxCollectedAreKeptApart() {
        InvoiceId paidHalf = new InvoiceId(ids++);
        InvoiceId reopened = new InvoiceId(ids++);
        PaymentId voided = new PaymentId(ids++);
        publish(finalized(paidHalf, customer, "0"),
                payment(new PaymentId(ids++), paidHalf, customer, PaymentMethod.CASH, "622.10", true, DAY.plusDays(20)),
                payment(voided, paidHalf, customer, PaymentMethod.CARD, "100.00", true, DAY.plusDays(20)),
                finalized(reopened, customer, "0"));
        publish(new PaymentVoided(tenant.id(), voided, paidHalf, DAY.plusDays(21)),
                new InvoiceReopened(tenant.id(), reopened, DAY.plusDays(1), BigDecimal.ZERO, BigDecimal.ZERO));
        LocalDate monthStart = DAY.withDayOfMonth(1);
        LocalDate monthEnd = DAY.withDayOfMonth(30);
        assertThat(as(() -> books.taxLiability(monthStart, monthEnd))).isEqualByComparingTo("74.20");
        // 622.10 × 74.20 ÷ 1,244.20 = 37.10
        assertThat(as(() -> books.taxCollected(monthStart, monthEnd))).isEqualByComparingTo("37.10");
        assertThat(as(() -> books.taxCollected(monthStart, DAY.plusDays(19)))).isEqualByComparingTo("0");
    }

    static com.jeweltrak.platform.tenancy.Organization withClosedThrough(com.jeweltrak.platform.tenancy.Organization o,
                                                                        LocalDate date) {
        return new com.jeweltrak.platform.tenancy.Organization(o.id(), o.name(), o.businessType(), date,
                o.openMemoReminderDays(), o.birthdayAnniversaryReminderDays(), o.defaultGoldCost(), o.defaultSilverCost(),
                o.defaultGoldCastingLaborRate(), o.goldWeightUnit());
    }
}
