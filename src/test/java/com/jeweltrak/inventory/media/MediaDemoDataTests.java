package com.jeweltrak.inventory.media;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.JewelryDetails;
import com.jeweltrak.inventory.NewStock;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.platform.demo.DemoSize;
import com.jeweltrak.platform.demo.DemoTenant;
import com.jeweltrak.platform.files.StoredFiles;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's photos (brief K2 §4): drawn JPEGs as the primary photo of items in stock. */
@IntegrationTest
class MediaDemoDataTests {

    @Autowired MediaDemoData demo;
    @Autowired ItemPhotos photos;
    @Autowired StoredFiles files;
    @Autowired ReceivingAnItem receiving;
    @Autowired TransactionTemplate transactions;

    // brief K2 §4: each demo item in stock gets one primary photo, a small JPEG its thumbnails can show
    @Test
    void demoItemsInStockGetAPrimaryPhoto(@Autowired TestTenants tenants) {
        TestTenants.Tenant tenant = tenants.open("media-demo");
        Supplier<ItemId> ring = () -> receiving.receive(new Item(null, 0, tenant.store(), "Ring", null, "Demo ring", null,
                true, LocalDate.of(2026, 11, 1), new BigDecimal("100.00"), Item.Prices.NONE, null,
                new JewelryDetails("Silver", "925", null, new BigDecimal("7"), null, "LADIES", "NEW")), NewStock.one());
        List<ItemId> items = as(tenant, () -> List.of(ring.get(), ring.get()));

        as(tenant, () -> {
            demo.contribute(new DemoTenant(tenant.id(), List.of(tenant.store()), Map.of()), DemoSize.SMALL);
            return null;
        });

        for (ItemId item : items) {
            ItemPhoto primary = as(tenant, () -> photos.primary(item)).orElseThrow();
            byte[] jpeg = as(tenant, () -> files.open(primary.small())).bytes();
            assertThat(TestImages.widthOf(jpeg)).isEqualTo(320);
            assertThat(jpeg.length).isBetween(2_000, 40_000);
        }
    }

    private <T> T as(TestTenants.Tenant tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> work.get()));
    }
}
