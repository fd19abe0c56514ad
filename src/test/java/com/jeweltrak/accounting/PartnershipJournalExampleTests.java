package com.jeweltrak.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.partnerships.PartnerShare;
import com.jeweltrak.partnerships.PartnershipFixtures;
import com.jeweltrak.partnerships.PartnershipId;
import com.jeweltrak.partnerships.Partnerships;
import com.jeweltrak.partnerships.ReconcilingAPartnership;
import com.jeweltrak.partnerships.SellingToAPartner;
import com.jeweltrak.partnerships.ShareKind;
import com.jeweltrak.sales.ChangingALine;
import com.jeweltrak.sales.FinalizingAnInvoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.PaymentMethod;
import com.jeweltrak.sales.TakingATender;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Partnerships article's journal, to the dollar (issue 8 point 5; 02-sales §Partnerships worked examples; 09 §13
 * R6): a $10K item held 50/50 and sold to the partner for $10K in cash, and a $10K item the store sells for $20K.
 * Each is measured from the moment the partnership is set up, so every figure is the sale's own.
 */
@IntegrationTest
class PartnershipJournalExampleTests {

    static final List<SystemAccount> WATCHED = List.of(SystemAccount.CASH, SystemAccount.AR, SystemAccount.INVENTORY,
            SystemAccount.SALES, SystemAccount.COGS, SystemAccount.PARTNER_EQUITY, SystemAccount.OWNER_EQUITY,
            SystemAccount.SALES_TAX_PAYABLE);

    static TestTenants.Tenant tenant;
    static ContactId pat;

    @Autowired PartnershipFixtures fixtures;
    @Autowired Books books;
    @Autowired Partnerships partnerships;
    @Autowired SellingToAPartner selling;
    @Autowired ReconcilingAPartnership reconciling;
    @Autowired ChangingALine changing;
    @Autowired FinalizingAnInvoice finalizing;
    @Autowired TakingATender tenders;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired PartnershipFixtures fixtures) {
        tenant = tenants.open("partnership-journal");
        pat = fixtures.contact(tenant, "Pat", "Partner", true);
    }

    @Test
    void soldToThePartnerForTenThousandInCashTheBooksMoveExactlyAsTheArticleSays() {
        // article "What this records for an IRS audit": cash +$10K, AR cleared, inventory −$10K ($5K via COGS for your
        // share + $5K cleared against partner-equity), revenue $10K, profit $5K
        ItemId item = fixtures.item(tenant, "10000");
        fixtures.setUp(tenant, item, null, new PartnerShare(pat, ShareKind.OWNER, new BigDecimal("50"), true));
        assertThat(fixtures.partnerEquity(tenant, pat)).isEqualByComparingTo("5000"); // Pat funded half
        Map<SystemAccount, BigDecimal> before = balances();

        InvoiceId settlement = fixtures.as(tenant, () -> selling.sell(item, pat));
        long line = fixtures.lineOf(tenant, settlement);
        fixtures.as(tenant, () -> {
            changing.change(settlement, line, new ChangingALine.Request(null, null, new BigDecimal("10000"), null, null));
            finalizing.finalizeInvoice(settlement);
            return tenders.take(settlement, new TakingATender.Request(PaymentMethod.CASH, new BigDecimal("10000"), null,
                    null, null, null));
        });
        Map<SystemAccount, BigDecimal> moved = changes(before, balances());

        assertThat(moved.get(SystemAccount.CASH)).isEqualByComparingTo("10000");
        assertThat(moved.get(SystemAccount.AR)).isEqualByComparingTo("0");
        assertThat(moved.get(SystemAccount.INVENTORY)).isEqualByComparingTo("-10000");
        assertThat(moved.get(SystemAccount.COGS)).isEqualByComparingTo("5000");
        assertThat(moved.get(SystemAccount.PARTNER_EQUITY)).isEqualByComparingTo("-5000");
        assertThat(moved.get(SystemAccount.INVENTORY).negate().subtract(moved.get(SystemAccount.COGS)))
                .as("the inventory not taken by COGS is the partner equity cleared").isEqualByComparingTo("5000");
        assertThat(moved.get(SystemAccount.SALES)).isEqualByComparingTo("10000");
        assertThat(moved.get(SystemAccount.SALES).subtract(moved.get(SystemAccount.COGS))).isEqualByComparingTo("5000");
        assertThat(moved.get(SystemAccount.SALES_TAX_PAYABLE)).isEqualByComparingTo("0"); // Taxable forced off
        assertThat(fixtures.partnerEquity(tenant, pat)).isEqualByComparingTo("0");
        assertThat(fixtures.tx(tenant, () -> books.trialBalance(null)).balanced()).isTrue();
    }

    @Test
    void soldByTheStoreForTwentyThousandTheGrossProfitIsTenThousandAndThePayoutDoesNotReduceIt() {
        // article "How the Gross Profit report treats partnerships": $20K − the full $10K cost = $10K; the payout
        // recorded on /partnerships is an equity distribution (decision 3)
        ContactId owen = fixtures.contact(tenant, "Owen", "Owner", true);
        ItemId item = fixtures.item(tenant, "10000");
        PartnershipId partnership = fixtures.setUp(tenant, item, null,
                new PartnerShare(owen, ShareKind.OWNER, new BigDecimal("50"), false));
        Map<SystemAccount, BigDecimal> before = balances();
        InvoiceId invoice = fixtures.sell(tenant, item, "20000");
        Map<SystemAccount, BigDecimal> sold = changes(before, balances());
        assertThat(sold.get(SystemAccount.SALES)).isEqualByComparingTo("20000");
        assertThat(sold.get(SystemAccount.COGS)).isEqualByComparingTo("10000");
        assertThat(sold.get(SystemAccount.SALES).subtract(sold.get(SystemAccount.COGS))).isEqualByComparingTo("10000");

        // pool 20,000 − 10,000 = 10,000: Owen 5,000 capital + 5,000 profit = 10,000, paid in cash
        Map<SystemAccount, BigDecimal> beforePayout = balances();
        fixtures.as(tenant, () -> reconciling.reconcile(partnership, List.of(new ReconcilingAPartnership.Payment(owen,
                new BigDecimal("10000.00"), LocalDate.now(), "Cash", null, null, null))));
        Map<SystemAccount, BigDecimal> paid = changes(beforePayout, balances());
        assertThat(paid.get(SystemAccount.SALES)).isEqualByComparingTo("0");
        assertThat(paid.get(SystemAccount.COGS)).isEqualByComparingTo("0");
        assertThat(paid.get(SystemAccount.CASH)).isEqualByComparingTo("-10000");
        assertThat(paid.get(SystemAccount.PARTNER_EQUITY)).isEqualByComparingTo("-10000");
        assertThat(invoice).isNotNull();
    }

    private Map<SystemAccount, BigDecimal> balances() {
        return fixtures.tx(tenant, () -> {
            Map<SystemAccount, BigDecimal> all = new EnumMap<>(SystemAccount.class);
            WATCHED.forEach(a -> all.put(a, books.balance(a)));
            return all;
        });
    }

    private static Map<SystemAccount, BigDecimal> changes(Map<SystemAccount, BigDecimal> before,
                                                          Map<SystemAccount, BigDecimal> after) {
        Map<SystemAccount, BigDecimal> moved = new EnumMap<>(SystemAccount.class);
        WATCHED.forEach(a -> moved.put(a, after.get(a).subtract(before.get(a))));
        return moved;
    }
}
