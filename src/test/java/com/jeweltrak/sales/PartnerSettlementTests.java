package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.util.Set;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.contacts.EditingContacts;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sell to Partner's settlement invoice on the real database (02-sales §Partnerships R11; issue 8 point 4). */
@IntegrationTest
public class PartnerSettlementTests {

    static TestTenants.Tenant tenant;

    @Autowired SalesFixtures fixtures;
    @Autowired SettlingWithAPartner settling;
    @Autowired Invoices invoices;
    @Autowired ChangingALine changing;
    @Autowired FinalizingAnInvoice finalizing;
    @Autowired Items items;
    @Autowired EditingContacts editing;
    @Autowired Contacts contacts;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("partner-settlement");
    }

    /** A partner of the store: a contact in the Partner role only (not yet a customer). */
    public static ContactId partner(SalesFixtures fixtures, TestTenants.Tenant tenant, EditingContacts editing,
                             TransactionTemplate transactions) {
        return fixtures.as(tenant, () -> transactions.execute(s -> editing.add(Contact.draft(
                new Contact.Name("Pat", "Partner", null, null), Set.of(ContactRole.PARTNER), null, null, null, null, null,
                null, false, false, null, null))));
    }

    private ItemId ring() {
        String stockId = fixtures.ring(tenant);
        return fixtures.as(tenant, () -> transactions.execute(s -> items.findByStockId(stockId).orElseThrow().id()));
    }

    private InvoiceId settle(ItemId item, String basis) {
        ContactId partner = partner(fixtures, tenant, editing, transactions);
        return fixtures.as(tenant, () -> settling.open(tenant.store(), partner, item, new BigDecimal(basis),
                "Sold to partner per agreement"));
    }

    private InvoiceLine line(InvoiceId id) {
        return fixtures.as(tenant, () -> invoices.get(id)).lines().getFirst();
    }

    // 02-sales §Partnerships R11: a draft invoice to the selling partner with one settlement line of the item
    @Test
    void sellingToAPartnerOpensADraftWithOneUntaxedSettlementLineAtTheBasisCost() {
        ItemId item = ring();
        InvoiceId id = settle(item, "175.00");
        Invoice invoice = fixtures.as(tenant, () -> invoices.get(id));
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(invoice.notes()).isEqualTo("Sold to partner per agreement");
        assertThat(invoice.lines()).singleElement().satisfies(l -> {
            assertThat(l.partnerSettlement()).isTrue();
            assertThat(l.kind()).isEqualTo(LineKind.ITEM);
            assertThat(l.item()).isEqualTo(item);
            assertThat(l.quantity()).isEqualByComparingTo("1");
            assertThat(l.unitPrice()).isEqualByComparingTo("0");
            assertThat(l.taxable()).isFalse();
            assertThat(l.cost()).isEqualByComparingTo("175.00");
        });
    }

    // 02-sales §Partnerships R11 ("a partner buys here"): the partner becomes a customer
    @Test
    void theSellingPartnerBecomesTheInvoicesCustomer() {
        ContactId partner = partner(fixtures, tenant, editing, transactions);
        InvoiceId id = fixtures.as(tenant, () -> settling.open(tenant.store(), partner, ring(), new BigDecimal("100"), null));
        assertThat(fixtures.as(tenant, () -> invoices.get(id)).customer()).isEqualTo(partner);
        assertThat(fixtures.as(tenant, () -> transactions.execute(s -> contacts.get(partner))).roles())
                .contains(ContactRole.CUSTOMER, ContactRole.PARTNER);
    }

    // 02-sales §Partnerships R11: taxable is forced off — checking it on the line is refused
    @Test
    void aSettlementLineCannotBeMadeTaxable() {
        InvoiceId id = settle(ring(), "175.00");
        long line = line(id).id();
        assertThatThrownBy(() -> fixtures.run(tenant, () -> changing.change(id, line,
                new ChangingALine.Request(null, null, null, null, true))))
                .isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("A partner settlement is never taxable — the partner is the merchant of record");
        assertThat(line(id).taxable()).isFalse();
    }

    // 02-sales §Partnerships R11: the price starts empty — finalizing with 0.00 asks for what the partner remits
    @Test
    void aSettlementPricedZeroIsNotFinalized() {
        InvoiceId id = settle(ring(), "175.00");
        assertThatThrownBy(() -> fixtures.run(tenant, () -> finalizing.finalizeInvoice(id)))
                .isInstanceOf(BusinessRuleViolated.class).hasMessage("Enter what the partner is remitting");
        assertThat(fixtures.as(tenant, () -> invoices.get(id)).status()).isEqualTo(InvoiceStatus.OPEN);
    }

    // 02-sales §Partnerships R11, R16: the remitted price is entered; the cost stays the basis, not the item's cost
    @Test
    void theRemittedPriceIsEnteredAndTheCostStaysTheBasis() {
        InvoiceId id = settle(ring(), "175.00");
        long line = line(id).id();
        fixtures.run(tenant, () -> changing.change(id, line, new ChangingALine.Request(null, null, new BigDecimal("700.00"),
                null, false)));
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(id));
        InvoiceLine sold = line(id);
        assertThat(sold.unitPrice()).isEqualByComparingTo("700.00");
        assertThat(sold.cost()).isEqualByComparingTo("175.00");
        assertThat(sold.grossProfit()).isEqualByComparingTo("525.00");
        assertThat(fixtures.as(tenant, () -> invoices.get(id)).amounts().tax()).isEqualByComparingTo("0");
    }

    // 02-sales §Partnerships R11: a settlement's cost is the basis — a different cost is refused
    @Test
    void aSettlementLinesCostCannotBeChanged() {
        InvoiceLine line = line(settle(ring(), "175.00"));
        assertThatThrownBy(() -> line.checkCostChange(new BigDecimal("350.00")))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("cost is the partnership basis");
    }

    // 02-sales §Partnerships R11 (an item is never sold twice): an item sold on another invoice is refused
    @Test
    void anItemSoldElsewhereCannotBeSettled() {
        String stockId = fixtures.ring(tenant);
        ItemId item = fixtures.as(tenant, () -> transactions.execute(s -> items.findByStockId(stockId).orElseThrow().id()));
        InvoiceId sale = fixtures.openWith(tenant, stockId);
        fixtures.as(tenant, () -> fixtures.as(tenant, () -> {
            finalizing.finalizeInvoice(sale);
            return null;
        }));
        assertThatThrownBy(() -> settle(item, "175.00")).isInstanceOf(ItemSoldElsewhere.class);
    }

    // 02-sales §Partnerships R11: an item waiting on another open invoice is refused too (it would clash at finalize)
    @Test
    void anItemOnAnotherOpenInvoiceCannotBeSettled() {
        String stockId = fixtures.ring(tenant);
        ItemId item = fixtures.as(tenant, () -> transactions.execute(s -> items.findByStockId(stockId).orElseThrow().id()));
        fixtures.openWith(tenant, stockId);
        assertThatThrownBy(() -> settle(item, "175.00")).isInstanceOf(BusinessRuleViolated.class)
                .hasMessageContaining("is on open invoice");
    }
}
