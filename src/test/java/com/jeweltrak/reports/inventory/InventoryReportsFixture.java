package com.jeweltrak.reports.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import com.jeweltrak.inventory.DiamondDetails;
import com.jeweltrak.inventory.FamilyDetails;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.JewelryDetails;
import com.jeweltrak.inventory.MovementKind;
import com.jeweltrak.inventory.NewStock;
import com.jeweltrak.inventory.PearlDetails;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.inventory.StockLedger;
import com.jeweltrak.reports.ReportRuns;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.TestTenants;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Items of each family received on the dates and at the costs an inventory report test needs. */
@Component
class InventoryReportsFixture {

    final SalesFixtures sales;
    private final ReceivingAnItem receiving;
    private final Items items;
    private final StockLedger ledger;
    private final TransactionTemplate transactions;
    private final ReportRuns reports;

    InventoryReportsFixture(SalesFixtures sales, ReceivingAnItem receiving, Items items, StockLedger ledger,
                            TransactionTemplate transactions, ReportRuns reports) {
        this.sales = sales;
        this.receiving = receiving;
        this.items = items;
        this.ledger = ledger;
        this.transactions = transactions;
        this.reports = reports;
    }

    LocalDate today(TestTenants.Tenant tenant) {
        return reports.read(tenant.owner(), "inventory-aging", Map.of()).today();
    }

    ItemId jewelry(TestTenants.Tenant tenant, LocalDate purchased, String cost, String retail, String quantity) {
        return receive(tenant, "Ring", purchased, cost, retail, new NewStock(new BigDecimal(quantity), null),
                new JewelryDetails("Yellow Gold", "14K", null, null, null, "LADIES", "NEW"));
    }

    ItemId diamond(TestTenants.Tenant tenant, LocalDate purchased, String cost, String retail, String carats) {
        return receive(tenant, "Loose diamond", purchased, cost, retail, new NewStock(BigDecimal.ONE, new BigDecimal(carats)),
                new DiamondDetails("WHITE", "Round", "G", null, "VS1", null, null, null, null, "GIA", null, null, null,
                        null, null, null, "NATURAL", 1));
    }

    ItemId pearls(TestTenants.Tenant tenant, LocalDate purchased, String cost, String retail, int count) {
        return receive(tenant, "Strand", purchased, cost, retail, NewStock.one(),
                new PearlDetails("AKOYA", null, null, null, "ROUND", null, null, null, null, null, null, count));
    }

    private ItemId receive(TestTenants.Tenant tenant, String category, LocalDate purchased, String cost, String retail,
                           NewStock stock, FamilyDetails details) {
        return sales.as(tenant, () -> receiving.receive(new Item(null, 0, tenant.store(), category, null,
                category + " for the reports", null, true, purchased, new BigDecimal(cost),
                new Item.Prices(null, null, null, new BigDecimal(retail)), null, details), stock));
    }

    void move(TestTenants.Tenant tenant, ItemId item, MovementKind kind, String inStock, String onMemo) {
        sales.run(tenant, () -> transactions.executeWithoutResult(s -> ledger.record(item, new StockLedger.Movement(kind,
                new BigDecimal(inStock), new BigDecimal(onMemo), null, "report test", null, null))));
    }

    long stockNumber(TestTenants.Tenant tenant, ItemId item) {
        return sales.as(tenant, () -> transactions.execute(s -> items.get(item).stockNumber()));
    }
}
