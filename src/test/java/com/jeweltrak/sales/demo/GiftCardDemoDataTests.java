package com.jeweltrak.sales.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.jeweltrak.accounting.Books;
import com.jeweltrak.accounting.SystemAccount;
import com.jeweltrak.platform.demo.DemoSize;
import com.jeweltrak.platform.demo.DemoTenant;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.sales.GiftCards;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 10's demo: a sold gift card partly spent, a goodwill credit — and the books agree with them. */
@IntegrationTest
class GiftCardDemoDataTests {

    static TestTenants.Tenant tenant;

    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired Books books;
    @Autowired GiftCards giftCards;

    @BeforeAll
    static void makeTheDemo(@Autowired TestTenants tenants, @Autowired SalesFixtures fixtures,
                            @Autowired GiftCardDemoData demoData, @Autowired TransactionTemplate transactions) {
        tenant = tenants.open("gift-card-demo");
        fixtures.customer(tenant);
        DemoTenant demo = new DemoTenant(tenant.id(), List.of(tenant.store()), Map.of("owner", tenant.owner().id()));
        TenantContext.runAs(tenant.id(), tenant.owner().id(), () -> transactions.executeWithoutResult(
                s -> demoData.contribute(demo, DemoSize.SMALL)));
    }

    private <T> T as(Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> work.get()));
    }

    // 08-accounting §Gift Cards R2: the demo card is partly spent; its liability is what it still holds
    @Test
    void theDemoCardIsPartlySpentAndItsLiabilityIsWhatItHolds() {
        GiftCards.GiftCard card = as(() -> giftCards.findByNumber(GiftCardDemoData.CARD)).orElseThrow();
        assertThat(card.balance()).isEqualByComparingTo("60.00");
        BigDecimal liability = as(() -> books.balance(SystemAccount.GIFT_CARD_LIABILITY));
        assertThat(liability).isEqualByComparingTo("60.00");
    }

    // §Store Credits R9: a goodwill credit with its reason
    @Test
    void theDemoHasAGoodwillCredit() {
        assertThat(as(() -> jdbc.sql("select count(*) from store_credit where reason is not null").query(Long.class).single()))
                .isEqualTo(1L);
        BigDecimal goodwill = as(() -> books.balance(SystemAccount.GOODWILL_CREDITS));
        assertThat(goodwill).isEqualByComparingTo("25.00");
    }
}
