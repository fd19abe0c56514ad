package com.jeweltrak.inventory.media;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.JewelryDetails;
import com.jeweltrak.inventory.NewStock;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An item's one 360° video (04-inventory §Photos & Video R1, R4). */
@IntegrationTest
class ItemVideoTests {

    static final byte[] MP4 = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'm', 'p', '4', '1'};

    static TestTenants.Tenant tenant;

    @Autowired ItemVideos videos;
    @Autowired MediaSettings settings;
    @Autowired ReceivingAnItem receiving;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("item-videos");
    }

    // R1, R4: a video link works without the Video uploads feature, and a second one replaces the first (one per item)
    @Test
    void aLinkedVideoNeedsNoFeatureAndANewOneReplacesIt() {
        ItemId ring = ring();
        as(() -> videos.link(ring, "https://videos.test.example/spin-1.mp4"));
        as(() -> videos.link(ring, "https://videos.test.example/spin-2.mp4"));

        assertThat(as(() -> videos.of(ring))).get().extracting(ItemVideo::url).isEqualTo("https://videos.test.example/spin-2.mp4");
    }

    // R4: uploading a video file needs the tenant's Video uploads switched on
    @Test
    void uploadingAVideoNeedsTheTenantsVideoUploadsFeature() {
        ItemId ring = ring();
        as(() -> {
            settings.setVideoUploads(false);
            return null;
        });
        assertThatThrownBy(() -> as(() -> videos.upload(ring, "spin.mp4", MP4)))
                .isInstanceOf(PhotoRefused.class).hasMessageContaining("Video uploads are off");

        as(() -> {
            settings.setVideoUploads(true);
            return null;
        });
        ItemVideo video = as(() -> videos.upload(ring, "spin.mp4", MP4));
        assertThat(video.file()).isNotNull();
        assertThat(video.linked()).isFalse();
    }

    // R4: an uploaded file must be a video by its bytes
    @Test
    void aFileThatIsNotAVideoIsRefused() {
        ItemId ring = ring();
        as(() -> {
            settings.setVideoUploads(true);
            return null;
        });
        assertThatThrownBy(() -> as(() -> videos.upload(ring, "spin.mp4", TestImages.png(10, 10))))
                .isInstanceOf(PhotoRefused.class).hasMessageContaining("not an MP4, MOV or WebM video");
    }

    private ItemId ring() {
        return as(() -> receiving.receive(new Item(null, 0, tenant.store(), "Ring", null, "Cocktail ring", null, true,
                LocalDate.of(2026, 11, 1), new BigDecimal("800.00"), new Item.Prices(null, null, null, new BigDecimal("2000.00")),
                null, new JewelryDetails("Rose Gold", "18K", null, new BigDecimal("7"), null, "LADIES", "NEW")), NewStock.one()));
    }

    private <T> T as(Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> work.get()));
    }
}
