package com.jeweltrak.partnerships;

import static com.jeweltrak.partnerships.PartnershipFixtures.owner;
import static com.jeweltrak.partnerships.PartnershipFixtures.profitOnly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;

import com.jeweltrak.accounting.Books;
import com.jeweltrak.accounting.SystemAccount;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.sales.ChangingALine;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.InvoiceLine;
import com.jeweltrak.sales.Invoices;
import com.jeweltrak.sales.PaymentId;
import com.jeweltrak.sales.PaymentMethod;
import com.jeweltrak.sales.TakingATender;
import com.jeweltrak.sales.VoidingATender;
import com.jeweltrak.sales.ReopeningAnInvoice;
import com.jeweltrak.sales.VoidingAnInvoice;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Sell to Partner flow on the real database (02-sales §Partnerships R11–R15, R18; issue 8 points 4, 5). */
@IntegrationTest
class PartnerSoldTests {

    static TestTenants.Tenant tenant;
    static ContactId pia;
    static ContactId fay;

    @Autowired PartnershipFixtures fixtures;
    @Autowired SellingToAPartner selling;
    @Autowired Partnerships partnerships;
    @Autowired Reconciliations reconciliations;
    @Autowired Invoices invoices;
    @Autowired ChangingALine changing;
    @Autowired TakingATender tenders;
    @Autowired VoidingATender voidingTender;
    @Autowired VoidingAnInvoice voiding;
    @Autowired ReopeningAnInvoice reopening;
    @Autowired Books books;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired PartnershipFixtures fixtures) {
        tenant = tenants.open("partner-sold");
        pia = fixtures.contact(tenant, "Pia", "Partner", true);
        fay = fixtures.contact(tenant, "Fay", "Finder", true);
    }

    /** The article's item: 10,000, 50/50 with Pia, Pia the Selling Partner. */
    private ItemId fiftyFifty() {
        ItemId item = fixtures.item(tenant, "10000");
        fixtures.setUp(tenant, item, null, new PartnerShare(pia, ShareKind.OWNER, new BigDecimal("50"), true));
        return item;
    }

    private InvoiceId sellToPartner(ItemId item) {
        return fixtures.as(tenant, () -> selling.sell(item, null));
    }

    /** The partner remits {@code price}: the line priced, the invoice finalized. */
    private void remit(InvoiceId invoice, String price) {
        long line = fixtures.lineOf(tenant, invoice);
        fixtures.as(tenant, () -> {
            changing.change(invoice, line, new ChangingALine.Request(null, null, new BigDecimal(price), null, null));
            fixtures.finalizeInvoice(invoice);
            return null;
        });
    }

    private PaymentId pay(InvoiceId invoice, String amount) {
        return fixtures.as(tenant, () -> tenders.take(invoice, new TakingATender.Request(PaymentMethod.CASH,
                new BigDecimal(amount), null, null, null, null)));
    }

    private Partnership latest(ItemId item) {
        return fixtures.tx(tenant, () -> partnerships.latest(item).orElseThrow());
    }

    private Map<SystemAccount, BigDecimal> balances() {
        return fixtures.tx(tenant, () -> Map.of(
                SystemAccount.CASH, books.balance(SystemAccount.CASH), SystemAccount.AR, books.balance(SystemAccount.AR),
                SystemAccount.INVENTORY, books.balance(SystemAccount.INVENTORY), SystemAccount.SALES, books.balance(SystemAccount.SALES),
                SystemAccount.COGS, books.balance(SystemAccount.COGS), SystemAccount.OWNER_EQUITY, books.balance(SystemAccount.OWNER_EQUITY),
                SystemAccount.PARTNER_EQUITY, books.balance(SystemAccount.PARTNER_EQUITY)));
    }

    private static BigDecimal change(Map<SystemAccount, BigDecimal> before, Map<SystemAccount, BigDecimal> after, SystemAccount a) {
        return after.get(a).subtract(before.get(a));
    }

    @Test
    void sellToPartnerOpensASettlementInvoiceAtTheStoresBasis() {
        // 02-sales §Partnerships R11: customer = the selling partner, line cost = 10,000 × 50 / 100, taxable off
        ItemId item = fiftyFifty();
        InvoiceId invoice = sellToPartner(item);
        var opened = fixtures.tx(tenant, () -> invoices.get(invoice));
        assertThat(opened.customer()).isEqualTo(pia);
        InvoiceLine line = opened.lines().getFirst();
        assertThat(line.partnerSettlement()).isTrue();
        assertThat(line.cost()).isEqualByComparingTo("5000");
        assertThat(line.taxable()).isFalse();
        assertThat(latest(item).settlementInvoice()).isEqualTo(invoice);
    }

    @Test
    void sellToPartnerWithoutASellingPartnerIsRefused() {
        // issue 8 bad input: "Sell to Partner with no selling partner"
        ItemId item = fixtures.item(tenant, "1000");
        fixtures.setUp(tenant, item, null, owner(pia, "50"));
        assertThatThrownBy(() -> sellToPartner(item)).isInstanceOf(BusinessRuleViolated.class)
                .hasMessageContaining("Choose the Selling Partner");
    }

    @Test
    void aPartialPaymentDoesNotReconcile() {
        // 02-sales §Partnerships R14
        ItemId item = fiftyFifty();
        InvoiceId invoice = sellToPartner(item);
        remit(invoice, "10000");
        pay(invoice, "4000");
        assertThat(latest(item).status()).isEqualTo(PartnershipStatus.ACTIVE);
        assertThat(fixtures.tx(tenant, () -> reconciliations.standing(latest(item).id()))).isEmpty();
    }

    @Test
    void payingTheSettlementInFullReconcilesItAsPartnerSold() {
        // 02-sales §Partnerships R13, R18: the snapshot answers the audit questions
        ItemId item = fixtures.item(tenant, "10000");
        fixtures.setUp(tenant, item, null, new PartnerShare(pia, ShareKind.OWNER, new BigDecimal("50"), true),
                profitOnly(fay, "10"));
        InvoiceId invoice = sellToPartner(item);
        remit(invoice, "10000");
        pay(invoice, "10000");
        Partnership p = latest(item);
        assertThat(p.status()).isEqualTo(PartnershipStatus.PAID);
        Reconciliation r = fixtures.tx(tenant, () -> reconciliations.standing(p.id()).orElseThrow());
        assertThat(r.type()).isEqualTo(SettlementType.PARTNER_SOLD);
        assertThat(r.actualCost()).isEqualByComparingTo("10000");          // What was the item's total cost?
        assertThat(r.sellingPartner()).isEqualTo(pia);                     // Who sold it?
        assertThat(r.primaryCostValue()).isEqualByComparingTo("5000");     // What was your basis?
        assertThat(r.totalOwnerProfitValue()).isEqualByComparingTo("5000"); // What was your gain? price − cost
        assertThat(r.invoice()).isEqualTo(invoice);                        // What did you receive? the settlement invoice
        Reconciliation.Detail piaRow = r.details().get(0);
        assertThat(piaRow.costPaidAmount()).isEqualByComparingTo("5000");  // Who funded each share?
        assertThat(piaRow.payout()).isEqualByComparingTo("5000");
        assertThat(piaRow.paymentMethod()).isEqualTo("PartnerSoldSettlement"); // Did you pay partners cash? No
        assertThat(piaRow.notes()).isEqualTo("no cash from tenant; capital recovered via partner's own sale.");
        Reconciliation.Detail fayRow = r.details().get(1);
        assertThat(fayRow.payout()).isEqualByComparingTo("0.00");
        assertThat(fayRow.paymentMethod()).isEqualTo("PartnerSoldSettlement");
    }

    @Test
    void theArticlesJournalExampleHoldsExactly() {
        // article "What this records for an IRS audit"; 02-sales §Partnerships worked example: cash +10K, AR cleared,
        // inventory −10K (5K via COGS + 5K against partner equity), revenue 10K, profit 5K
        var before = balances();
        ItemId item = fiftyFifty();
        InvoiceId invoice = sellToPartner(item);
        remit(invoice, "10000");
        pay(invoice, "10000");
        var after = balances();
        assertThat(change(before, after, SystemAccount.CASH)).isEqualByComparingTo("10000");
        assertThat(change(before, after, SystemAccount.AR)).isEqualByComparingTo("0");
        // the item came in at 10,000 (received against owner's equity) and is gone: net inventory change 0 …
        assertThat(change(before, after, SystemAccount.INVENTORY)).isEqualByComparingTo("0");
        assertThat(change(before, after, SystemAccount.SALES)).isEqualByComparingTo("10000");
        assertThat(change(before, after, SystemAccount.COGS)).isEqualByComparingTo("5000");
        assertThat(change(before, after, SystemAccount.SALES).subtract(change(before, after, SystemAccount.COGS)))
                .isEqualByComparingTo("5000");
        // … the partner's capital (5,000 credited when the partnership was saved) is cleared by the recovery
        assertThat(change(before, after, SystemAccount.PARTNER_EQUITY)).isEqualByComparingTo("0");
        assertThat(fixtures.inventoryRelievedForItem(tenant, item)).isEqualByComparingTo("-10000");
    }

    @Test
    void theInventoryAccountFollowsTheItemOutWhenTheSettlementIsFinalizedBeforeThePartnerPays() {
        // design §4 "a balance agrees with its documents": the item left stock at finalize, so all of its cost leaves
        // Inventory then — the store's basis by the invoice's COGS, the partners' share against their equity
        ItemId item = fiftyFifty();
        InvoiceId invoice = sellToPartner(item);
        var before = balances();
        remit(invoice, "10000");
        var after = balances();
        assertThat(fixtures.inventoryRelievedForItem(tenant, item)).isEqualByComparingTo("-10000");
        assertThat(change(before, after, SystemAccount.PARTNER_EQUITY)).isEqualByComparingTo("-5000");
        assertThat(latest(item).status()).isEqualTo(PartnershipStatus.ACTIVE);
    }

    @Test
    void reopeningAndRefinalizingTheSettlementClearsThePartnersShareOnce() {
        // 02-sales §Finalize R6 (reopen keeps the item reserved) — the partners' share is not cleared twice
        ItemId item = fiftyFifty();
        InvoiceId invoice = sellToPartner(item);
        remit(invoice, "10000");
        fixtures.as(tenant, () -> {
            reopening.reopen(invoice);
            fixtures.finalizeInvoice(invoice);
            return null;
        });
        assertThat(fixtures.inventoryRelievedForItem(tenant, item)).isEqualByComparingTo("-10000");
    }

    @Test
    void voidingTheSettlementInvoiceReversesTheReconciliation() {
        // 02-sales §Partnerships R15: void (after the payment is voided, decision 1) → reversed, partnership active
        ItemId item = fiftyFifty();
        InvoiceId invoice = sellToPartner(item);
        remit(invoice, "10000");
        PaymentId payment = pay(invoice, "10000");
        PartnershipId id = latest(item).id();
        long reconciliation = fixtures.tx(tenant, () -> reconciliations.standing(id).orElseThrow().id());
        var before = balances();
        fixtures.as(tenant, () -> {
            voidingTender.voidTender(invoice, payment, "Partner's check bounced");
            voiding.voidInvoice(invoice);
            return null;
        });
        Partnership p = latest(item);
        assertThat(p.status()).isEqualTo(PartnershipStatus.ACTIVE);
        assertThat(p.settlementInvoice()).isNull();
        assertThat(fixtures.tx(tenant, () -> reconciliations.get(reconciliation)).reversed()).isTrue();
        var after = balances();
        // inventory is whole again: the invoice's 5,000 and the partners' 5,000 both come back
        assertThat(change(before, after, SystemAccount.INVENTORY)).isEqualByComparingTo("10000");
        assertThat(change(before, after, SystemAccount.PARTNER_EQUITY)).isEqualByComparingTo("5000");
    }

    @Test
    void aPaymentVoidedAfterSettlementReversesAtOnce() {
        // 02 Open question decided: InvoiceNoLongerPaidInFull reverses the reconciliation at once
        ItemId item = fiftyFifty();
        InvoiceId invoice = sellToPartner(item);
        remit(invoice, "10000");
        PaymentId payment = pay(invoice, "10000");
        fixtures.as(tenant, () -> {
            voidingTender.voidTender(invoice, payment, "Wrong amount");
            return null;
        });
        Partnership p = latest(item);
        assertThat(p.status()).isEqualTo(PartnershipStatus.ACTIVE);
        assertThat(p.settlementInvoice()).isEqualTo(invoice);
        assertThat(fixtures.tx(tenant, () -> reconciliations.standing(p.id()))).isEmpty();
        pay(invoice, "10000");
        assertThat(latest(item).status()).isEqualTo(PartnershipStatus.PAID);
    }

    @Test
    void theSettlementLineDoesNotRecordAnOwnerSale() {
        // 02-sales §Partnerships R13: the partner settlement settles itself, it never owes an owner-sold reconciliation
        ItemId item = fiftyFifty();
        InvoiceId invoice = sellToPartner(item);
        remit(invoice, "10000");
        assertThat(fixtures.count(tenant, "select count(*) from partnership_sale where invoice_id = ?", invoice.value()))
                .isZero();
        assertThat(latest(item).status()).isEqualTo(PartnershipStatus.ACTIVE);
    }
}
