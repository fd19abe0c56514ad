package com.jeweltrak.inventory.stones;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;

import com.jeweltrak.inventory.ColoredStoneDetails;
import com.jeweltrak.inventory.DiamondDetails;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.JewelryDetails;
import com.jeweltrak.inventory.NewStock;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.TestTenants;
import org.springframework.transaction.support.TransactionTemplate;

/** Items the set-stone and certificate tests start from: a ring, loose diamonds, a ruby. */
record StoneFixtures(TestTenants.Tenant tenant, ReceivingAnItem receiving, TransactionTemplate transactions) {

    <T> T as(Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> work.get()));
    }

    void run(Runnable work) {
        as(() -> {
            work.run();
            return null;
        });
    }

    ItemId ring(String cost) {
        return as(() -> receiving.receive(new Item(null, 0, tenant.store(), "Ring", null, "Solitaire mounting", null, true,
                LocalDate.of(2026, 11, 1), new BigDecimal(cost), null, null,
                new JewelryDetails("White Gold", "18K", new BigDecimal("3.1"), new BigDecimal("6"), null, "LADIES", "NEW")),
                NewStock.one()));
    }

    ItemId diamond(String cost, String carats, String certNumber) {
        return as(() -> receiving.receive(new Item(null, 0, tenant.store(), "Loose", null, null, null, true,
                LocalDate.of(2026, 11, 1), new BigDecimal(cost), null, null,
                new DiamondDetails("WHITE", "Round", "G", null, "VS1", "EXCELLENT", "EXCELLENT", "EXCELLENT", "NONE",
                        certNumber == null ? null : "GIA", certNumber, null, null, null, null, null, "NATURAL", 1)),
                new NewStock(BigDecimal.ONE, new BigDecimal(carats))));
    }

    ItemId ruby(String cost, String quantity) {
        return as(() -> receiving.receive(new Item(null, 0, tenant.store(), "Loose", null, null, null, true,
                LocalDate.of(2026, 11, 1), new BigDecimal(cost), null, null,
                new ColoredStoneDetails("Ruby", null, "Oval", null, "Pigeon blood", null, "Burma", "HEATED", null, null,
                        null, null, null, 1)),
                new NewStock(new BigDecimal(quantity), new BigDecimal("1.20"))));
    }
}
