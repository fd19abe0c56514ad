package com.jeweltrak.partnerships;

import java.math.BigDecimal;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.sales.ChangingALine;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.PaymentMethod;
import com.jeweltrak.sales.ReversingAWriteOff;
import com.jeweltrak.sales.TakingATender;
import com.jeweltrak.sales.WritingOffAnInvoice;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Sell-to-Partner settlement invoice written off as bad debt (08-accounting §Writing Off Invoices with 02-sales
 * §Partnerships R13, R14): the balance reaches 0.00 without the partner paying, so the partnership is NOT reconciled
 * as Partner Sold — it stays Active until the partner really pays (after the write-off is reversed).
 */
@IntegrationTest
class WrittenOffSettlementTests {

    static TestTenants.Tenant tenant;
    static ContactId pia;

    @Autowired PartnershipFixtures fixtures;
    @Autowired SellingToAPartner selling;
    @Autowired Partnerships partnerships;
    @Autowired Reconciliations reconciliations;
    @Autowired ChangingALine changing;
    @Autowired TakingATender tenders;
    @Autowired WritingOffAnInvoice writingOff;
    @Autowired ReversingAWriteOff reversing;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired PartnershipFixtures fixtures) {
        tenant = tenants.open("written-off-settlement");
        pia = fixtures.contact(tenant, "Pia", "Partner", true);
    }

    private Partnership latest(ItemId item) {
        return fixtures.tx(tenant, () -> partnerships.latest(item).orElseThrow());
    }

    private void pay(InvoiceId invoice, String amount) {
        fixtures.as(tenant, () -> tenders.take(invoice, new TakingATender.Request(PaymentMethod.CASH, new BigDecimal(amount),
                null, null, null, null)));
    }

    @Test
    void aWrittenOffSettlementDoesNotReconcileThePartnershipUntilThePartnerPays() {
        ItemId item = fixtures.item(tenant, "10000");
        fixtures.setUp(tenant, item, null, new PartnerShare(pia, ShareKind.OWNER, new BigDecimal("50"), true));
        InvoiceId invoice = fixtures.as(tenant, () -> selling.sell(item, null));
        long line = fixtures.lineOf(tenant, invoice);
        fixtures.as(tenant, () -> {
            changing.change(invoice, line, new ChangingALine.Request(null, null, new BigDecimal("10000"), null, null));
            fixtures.finalizeInvoice(invoice);
            return null;
        });
        pay(invoice, "4000");

        fixtures.as(tenant, () -> writingOff.writeOff(invoice, "Partner cannot pay the rest"));

        assertThat(latest(item).status()).isEqualTo(PartnershipStatus.ACTIVE);
        assertThat(fixtures.tx(tenant, () -> reconciliations.standing(latest(item).id()))).isEmpty();

        // reversed and then paid for real: now it reconciles
        fixtures.as(tenant, () -> {
            reversing.reverse(invoice, "Partner found the money");
            return null;
        });
        pay(invoice, "6000");
        assertThat(latest(item).status()).isNotEqualTo(PartnershipStatus.ACTIVE);
        assertThat(fixtures.tx(tenant, () -> reconciliations.standing(latest(item).id()))).isPresent();
    }
}
