package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.util.Map;

import com.jeweltrak.accounting.Books;
import com.jeweltrak.accounting.SystemAccount;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Goodwill credit and cash-out (08-accounting §Store Credits & Refunds R9, R10, R12). */
@IntegrationTest
class StandAloneStoreCreditTests {

    @Autowired TestTenants tenants;
    @Autowired SalesFixtures fixtures;
    @Autowired IssuingAStoreCredit issuing;
    @Autowired CashingOutAStoreCredit cashingOut;
    @Autowired StoreCredits storeCredits;
    @Autowired Books books;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    TestTenants.Tenant tenant;
    ContactId customer;

    @BeforeEach
    void tenantOfItsOwn() {
        tenant = tenants.open("goodwill");
        customer = fixtures.customer(tenant);
    }

    private long issue(String amount, String reason) {
        return fixtures.as(tenant, () -> issuing.issue(customer, new IssuingAStoreCredit.Request(new BigDecimal(amount), reason,
                tenant.store())));
    }

    private long cashOut(long credit, String amount, PaymentMethod method, String check) {
        return fixtures.as(tenant, () -> cashingOut.cashOut(credit, new CashingOutAStoreCredit.Request(new BigDecimal(amount),
                method, check, null)));
    }

    private BigDecimal journal() {
        return fixtures.as(tenant, () -> transactions.execute(s -> books.storeCredit(customer)));
    }

    private Map<String, BigDecimal> entry(String posting, long document) {
        return fixtures.as(tenant, () -> transactions.execute(s -> jdbc.sql("""
                        select a.system_key, sum(l.debit - l.credit) from journal_line l
                        join journal_entry e on e.tenant_id = l.tenant_id and e.id = l.entry_id
                        join account a on a.tenant_id = l.tenant_id and a.id = l.account_id
                        where e.posting = ? and e.document_id = ? group by a.system_key""")
                .params(posting, document)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros())).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
    }

    // R9: a stand-alone credit needs a reason
    @Test
    void aStandAloneCreditNeedsAReason() {
        assertThatThrownBy(() -> issue("50.00", "  ")).isInstanceOf(BusinessRuleViolated.class)
                .extracting(e -> ((BusinessRuleViolated) e).field()).isEqualTo("reason");
        assertThat(fixtures.as(tenant, () -> storeCredits.of(customer))).isEmpty();
    }

    // R9, R12: the credit is the customer's to spend, booked Dr Customer goodwill / Cr Store credit (the customer)
    @Test
    void aGoodwillCreditIsTheCustomersAndCostsTheStoreGoodwill() {
        long credit = issue("75.00", "Late repair");
        assertThat(fixtures.as(tenant, () -> storeCredits.balance(customer))).isEqualByComparingTo("75.00");
        assertThat(journal()).isEqualByComparingTo("75.00");
        assertThat(entry("STORE_CREDIT_ISSUED", credit)).containsOnly(Map.entry("GOODWILL_CREDITS", new BigDecimal("75")),
                Map.entry("STORE_CREDIT", new BigDecimal("-75")));
        assertThat(fixtures.as(tenant, () -> storeCredits.history(credit))).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("Late repair"));
    }

    // R10, R8: paying out more than remains is refused, naming what remains
    @Test
    void cashingOutMoreThanRemainsIsRefusedNamingTheRemaining() {
        long credit = issue("40.00", "Apology");
        assertThatThrownBy(() -> cashOut(credit, "40.01", PaymentMethod.CASH, null)).isInstanceOf(BusinessRuleViolated.class)
                .hasMessageContaining("Only 40.00 remains");
        assertThat(fixtures.as(tenant, () -> storeCredits.balance(customer))).isEqualByComparingTo("40.00");
    }

    // R10: a cash-out lowers what remains (USED_UP at 0.00), keeps a history row; Dr Store credit / Cr Cash or Checks
    @Test
    void cashingOutLowersTheCreditAndTheDrawer() {
        long credit = issue("60.00", "Goodwill");
        long cash = cashOut(credit, "25.00", PaymentMethod.CASH, null);
        assertThat(fixtures.as(tenant, () -> storeCredits.get(credit)).remaining()).isEqualByComparingTo("35.00");
        assertThat(entry("STORE_CREDIT_CASHED_OUT", cash)).containsOnly(Map.entry("STORE_CREDIT", new BigDecimal("25")),
                Map.entry("CASH", new BigDecimal("-25")));
        assertThatThrownBy(() -> cashOut(credit, "35.00", PaymentMethod.CHECK, " ")).isInstanceOf(BusinessRuleViolated.class)
                .extracting(e -> ((BusinessRuleViolated) e).field()).isEqualTo("checkNumber");
        long check = cashOut(credit, "35.00", PaymentMethod.CHECK, "2201");
        assertThat(entry("STORE_CREDIT_CASHED_OUT", check)).containsEntry("CHECKS", new BigDecimal("-35"));
        assertThat(fixtures.as(tenant, () -> storeCredits.get(credit)).status()).isEqualTo("USED_UP");
        assertThat(journal()).isZero();
        assertThat(fixtures.as(tenant, () -> storeCredits.history(credit))).extracting(StoreCredits.Event::what)
                .containsExactly("ISSUED", "CASHED_OUT", "CASHED_OUT");
        BigDecimal drawer = fixtures.as(tenant, () -> transactions.execute(s -> books.balance(SystemAccount.CASH)));
        assertThat(drawer).isEqualByComparingTo("-25.00");
    }
}
