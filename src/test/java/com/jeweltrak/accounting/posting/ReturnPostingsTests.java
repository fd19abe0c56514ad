package com.jeweltrak.accounting.posting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;

import com.jeweltrak.accounting.Books;
import com.jeweltrak.accounting.SystemAccount;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.PaymentMethod;
import com.jeweltrak.sales.ReturnFixtures;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A finalized invoice with return lines reverses revenue, cost of goods and tax through its negative amounts
 * (02-sales §Returns R8, R9, R12; 08-accounting §Sales Tax R12), and refunds post against the tender's account
 * (§Applying Payments; §Store Credits R12). Each test opens its own tenant, so the balances are its own.
 */
@IntegrationTest
class ReturnPostingsTests {

    @Autowired TestTenants tenants;
    @Autowired SalesFixtures fixtures;
    @Autowired ReturnFixtures returns;
    @Autowired Books books;

    TestTenants.Tenant tenant;
    ContactId customer;
    InvoiceId sale;
    InvoiceId back;

    /** The fixtures' ring (1,200.00, cost 350.00) sold in Florida, then returned on a finalized invoice. */
    @BeforeEach
    void ringSoldAndReturned() {
        tenant = tenants.open("return-postings");
        returns.florida(tenant, "0.06");
        customer = fixtures.customer(tenant);
        String ring = fixtures.ring(tenant);
        sale = returns.soldRing(tenant, ring);
        back = fixtures.open(tenant);
        returns.giveBack(tenant, back, returns.itemLine(tenant, sale), "-1");
        returns.finalize(tenant, back);
    }

    private <T> T as(Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), work::get);
    }

    private BigDecimal balance(SystemAccount account) {
        return as(() -> books.balance(account));
    }

    // R9 + R12: the ring is back in the Inventory account at its cost, and cost of goods sold nets to zero
    @Test
    void theReturnPutsTheCostBackIntoInventory() {
        // received at 350.00; the sale took it out of Inventory into cost of goods sold (Cr Inventory / Dr COGS), the
        // return put it back (Dr Inventory / Cr COGS)
        assertThat(balance(SystemAccount.INVENTORY)).isEqualByComparingTo("350.00");
        assertThat(balance(SystemAccount.COGS)).isEqualByComparingTo("0");
        assertThat(balance(SystemAccount.SALES)).isEqualByComparingTo("0");
    }

    // §Sales Tax R12: the return reduces the tax liability by the tax charged (1,200 × 6 % + 12.00 surtax)
    @Test
    void theReturnReducesTheTaxLiabilityByTheTaxCharged() {
        LocalDate today = LocalDate.now();
        // the sale owed 72.00 + 12.00 surtax; the return gives the same back in its own period
        assertThat(balance(SystemAccount.SALES_TAX_PAYABLE)).isEqualByComparingTo("0");
        assertThat(as(() -> books.taxLiability(today.minusDays(5), today.plusDays(5)))).isEqualByComparingTo("0");
    }

    // the books stay whole and AR says what the documents say: the customer owes 1,284.00 and is owed 1,284.00
    @Test
    void theTrialBalanceStaysBalancedAndArNetsOut() {
        assertThat(as(() -> books.trialBalance(LocalDate.now().plusDays(1))).balanced()).isTrue();
        assertThat(as(() -> books.arBalance(customer))).isEqualByComparingTo("0");
        assertThat(as(() -> books.reconcileAr()).agrees()).isTrue();
    }

    // Returns R5(d) + §Applying Payments: a cash refund credits Cash and debits AR; the AR of the sale stays open
    @Test
    void aCashRefundCreditsCashAndDebitsAr() {
        BigDecimal cashBefore = balance(SystemAccount.CASH);
        returns.refund(tenant, back, PaymentMethod.CASH, "1284.00");
        assertThat(balance(SystemAccount.CASH)).isEqualByComparingTo(cashBefore.subtract(new BigDecimal("1284.00")));
        assertThat(as(() -> books.arBalance(customer))).isEqualByComparingTo("1284.00");
        assertThat(as(() -> books.trialBalance(LocalDate.now().plusDays(1))).balanced()).isTrue();
    }

    // §Sales Tax R12, Tax Collected: a refund gives back its share of tax — paid 1,284.00, refunded 1,284.00 → 0.00
    @Test
    void aRefundGivesBackTheTaxItCollected() {
        LocalDate today = LocalDate.now();
        returns.pay(tenant, sale, PaymentMethod.CASH, "1284.00");
        assertThat(as(() -> books.taxCollected(today.minusDays(5), today.plusDays(5)))).isEqualByComparingTo("84.00");
        returns.refund(tenant, back, PaymentMethod.CASH, null);
        assertThat(as(() -> books.taxCollected(today.minusDays(5), today.plusDays(5)))).isEqualByComparingTo("0.00");
    }

    // §Store Credits R12: issuing store credit is Dr AR / Cr Store credit, with the customer on the liability
    @Test
    void storeCreditIsALiabilityToTheCustomer() {
        returns.refund(tenant, back, PaymentMethod.STORE_CREDIT, null);
        assertThat(balance(SystemAccount.STORE_CREDIT)).isEqualByComparingTo("1284.00");
        assertThat(as(() -> books.storeCredit(customer))).isEqualByComparingTo("1284.00");
        assertThat(as(() -> books.arBalance(customer))).isEqualByComparingTo("1284.00");
    }
}
