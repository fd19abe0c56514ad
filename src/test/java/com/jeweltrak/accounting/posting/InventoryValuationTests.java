package com.jeweltrak.accounting.posting;

import java.math.BigDecimal;
import java.util.function.Supplier;

import com.jeweltrak.accounting.Books;
import com.jeweltrak.accounting.SystemAccount;
import com.jeweltrak.inventory.AdjustingStock;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.MovementKind;
import com.jeweltrak.inventory.StockLedger;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.sales.FinalizingAnInvoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Inventory account follows the stock ledger at cost (design §4), so it agrees with the items in stock. Each test
 * has a tenant of its own; SalesFixtures' ring cost 350.00.
 */
@IntegrationTest
class InventoryValuationTests {

    @Autowired TestTenants tenants;
    @Autowired SalesFixtures fixtures;
    @Autowired Books books;
    @Autowired Items items;
    @Autowired StockLedger ledger;
    @Autowired AdjustingStock adjusting;
    @Autowired com.jeweltrak.inventory.EditingAnItem editing;
    @Autowired FinalizingAnInvoice finalizing;
    @Autowired TransactionTemplate transactions;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    TestTenants.Tenant tenant;

    @BeforeEach
    void tenantOfItsOwn() {
        tenant = tenants.open("valuation");
    }

    private <T> T as(Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> work.get()));
    }

    private BigDecimal balance(SystemAccount account) {
        return as(() -> books.balance(account));
    }

    // received stock is worth its cost in Inventory, brought in as the owner's
    @Test
    void receivedStockIsDebitedToInventoryAtCost() {
        String ring = fixtures.ring(tenant);
        // the journal names the item by the StockID people use
        assertThat(as(() -> jdbc.sql("select document_number from journal_entry where document_type = 'ITEM'")
                .query(String.class).single())).isEqualTo(ring);
        assertThat(balance(SystemAccount.INVENTORY)).isEqualByComparingTo("350.00");
        assertThat(balance(SystemAccount.OWNER_EQUITY)).isEqualByComparingTo("350.00"); // a credit, its normal side
    }

    // a sale on an invoice takes its cost out once — through the invoice's COGS, not a second time for the movement
    @Test
    void aSaleOnAnInvoiceTakesTheCostOutOfInventoryOnce() {
        String ring = fixtures.ring(tenant);
        InvoiceId id = fixtures.openWith(tenant, ring);
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(id));
        assertThat(balance(SystemAccount.INVENTORY)).isZero();
        assertThat(balance(SystemAccount.COGS)).isEqualByComparingTo("350.00");
    }

    // Pricing Multipliers R8 keeps prices; the books revalue the stock owned when its cost is corrected
    @Test
    void aCorrectedCostRevaluesTheStockOwned() {
        String ring = fixtures.ring(tenant);
        as(() -> {
            var i = items.findByStockId(ring).orElseThrow();
            editing.save(i.id(), new com.jeweltrak.inventory.Item(i.id(), i.stockNumber(), i.store(), i.category(), i.vendor(),
                    i.description(), i.identifiers(), i.taxable(), i.purchaseDate(), new BigDecimal("400.00"), i.prices(),
                    i.quantities(), i.details()));
            return null;
        });
        assertThat(balance(SystemAccount.INVENTORY)).isEqualByComparingTo("400.00");
    }

    // 04-inventory stock adjustment: a unit written off leaves Inventory for Inventory adjustments
    @Test
    void anAdjustmentGoesToInventoryAdjustments() {
        String ring = fixtures.ring(tenant);
        var item = as(() -> items.findByStockId(ring).orElseThrow().id());
        as(() -> {
            adjusting.adjust(item, new BigDecimal("-1"), null, "Broken in the case");
            return null;
        });
        assertThat(balance(SystemAccount.INVENTORY)).isZero();
        assertThat(balance(SystemAccount.INVENTORY_ADJUSTMENTS)).isEqualByComparingTo("350.00");
    }

    // a sale recorded straight on the stock ledger (no invoice: its revenue is not in these books) takes its cost back
    // out against owner's equity, leaving COGS to the invoices; memo movements move nothing
    @Test
    void aSaleOutsideAnInvoiceLeavesCogsAloneAndAMemoMovesNothing() {
        String ring = fixtures.ring(tenant);
        var item = as(() -> items.findByStockId(ring).orElseThrow().id());
        as(() -> {
            ledger.record(item, new StockLedger.Movement(MovementKind.MEMO_OUT, BigDecimal.ONE.negate(), BigDecimal.ONE,
                    null, "On memo", "MEMO", 1L));
            return null;
        });
        assertThat(balance(SystemAccount.INVENTORY)).isEqualByComparingTo("350.00");
        as(() -> {
            ledger.record(item, new StockLedger.Movement(MovementKind.MEMO_RETURN, BigDecimal.ONE, BigDecimal.ONE.negate(),
                    null, "Back", "MEMO", 1L));
            ledger.record(item, StockLedger.Movement.of(MovementKind.SALE, BigDecimal.ONE.negate(), null, "Sold before JewelTrak"));
            return null;
        });
        assertThat(balance(SystemAccount.INVENTORY)).isZero();
        assertThat(balance(SystemAccount.COGS)).isZero();
        assertThat(balance(SystemAccount.OWNER_EQUITY)).isZero();
    }
}
