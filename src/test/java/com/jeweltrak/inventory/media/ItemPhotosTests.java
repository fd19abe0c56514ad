package com.jeweltrak.inventory.media;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.JewelryDetails;
import com.jeweltrak.inventory.NewStock;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.platform.files.StoredFiles;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An item's photos on the real database (04-inventory §Photos & Video). */
@IntegrationTest
public class ItemPhotosTests {

    static TestTenants.Tenant tenant;
    static HttpServer images;

    @Autowired AddingAPhoto adding;
    @Autowired ItemPhotos photos;
    @Autowired StoredFiles files;
    @Autowired ReceivingAnItem receiving;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void start(@Autowired TestTenants tenants) throws IOException {
        tenant = tenants.open("item-photos");
        images = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] png = TestImages.png(400, 300);
        images.createContext("/ring.png", exchange -> {
            exchange.sendResponseHeaders(200, png.length);
            exchange.getResponseBody().write(png);
            exchange.close();
        });
        images.createContext("/page.html", exchange -> {
            byte[] html = "<html>not an image</html>".getBytes();
            exchange.sendResponseHeaders(200, html.length);
            exchange.getResponseBody().write(html);
            exchange.close();
        });
        images.start();
    }

    @AfterAll
    static void stop() {
        images.stop(0);
    }

    // R5: the first photo added becomes the primary; later ones do not
    @Test
    void theFirstPhotoAddedIsPrimary() {
        ItemId ring = ring();
        ItemPhoto first = upload(ring, "a.png");
        ItemPhoto second = upload(ring, "b.png");

        assertThat(first.primary()).isTrue();
        assertThat(second.primary()).isFalse();
        assertThat(as(() -> photos.primary(ring))).get().extracting(ItemPhoto::id).isEqualTo(first.id());
    }

    // R5: making another photo primary moves the star: exactly one primary
    @Test
    void makingAPhotoPrimaryMovesTheStar() {
        ItemId ring = ring();
        ItemPhoto first = upload(ring, "a.png");
        ItemPhoto second = upload(ring, "b.png");

        as(() -> {
            photos.makePrimary(ring, second.id());
            return null;
        });

        assertThat(as(() -> photos.of(ring))).filteredOn(ItemPhoto::primary).extracting(ItemPhoto::id)
                .containsExactly(second.id());
        assertThat(first.id()).isNotEqualTo(second.id());
    }

    // R5: the database itself refuses a second primary (partial unique index)
    @Test
    void theDatabaseRefusesASecondPrimary() {
        ItemId ring = ring();
        upload(ring, "a.png");
        ItemPhoto second = upload(ring, "b.png");

        assertThatThrownBy(() -> as(() -> jdbc.sql("update item_photo set is_primary = true where id = ?")
                .param(second.id()).update())).hasMessageContaining("item_photo_one_primary");
    }

    // R5: photos can be moved earlier and later; the order is kept
    @Test
    void movingAPhotoChangesTheOrder() {
        ItemId ring = ring();
        ItemPhoto a = upload(ring, "a.png");
        ItemPhoto b = upload(ring, "b.png");
        ItemPhoto c = upload(ring, "c.png");

        as(() -> {
            photos.move(ring, c.id(), -1);
            return null;
        });
        assertThat(as(() -> photos.of(ring))).extracting(ItemPhoto::id).containsExactly(a.id(), c.id(), b.id());

        as(() -> {
            photos.reorder(ring, List.of(b.id(), a.id(), c.id()));
            return null;
        });
        assertThat(as(() -> photos.of(ring))).extracting(ItemPhoto::id).containsExactly(b.id(), a.id(), c.id());
    }

    // R9: deleting a photo removes it from the item only: the others and the stored file stay; the delete is audited
    @Test
    void deletingAPhotoRemovesOnlyThatPhoto() {
        ItemId ring = ring();
        ItemPhoto first = upload(ring, "a.png");
        ItemPhoto second = upload(ring, "b.png");

        as(() -> {
            photos.delete(ring, first.id());
            return null;
        });

        assertThat(as(() -> photos.of(ring))).extracting(ItemPhoto::id).containsExactly(second.id());
        assertThat(as(() -> photos.of(ring)).getFirst().primary()).as("the star passes to the next photo").isTrue();
        assertThat(as(() -> files.find(first.file()))).as("the stored file stays").isPresent();
        assertThat(as(() -> jdbc.sql("select count(*) from audit_log where table_name = 'item_photo' and row_id = ? and action = 'DELETE'")
                .param(Long.toString(first.id())).query(Long.class).single())).isEqualTo(1);
    }

    // brief K2 §2: thumbnails of 320 px and 1024 px (never enlarged) are made and stored as JPEG
    @Test
    void thumbnailsAreMade() {
        ItemId ring = ring();
        byte[] big = TestImages.png(1600, 1200);
        ItemPhoto photo = as(() -> adding.upload(ring, "big.png", "image/png", big));

        byte[] small = as(() -> files.open(photo.small())).bytes();
        byte[] large = as(() -> files.open(photo.large())).bytes();
        assertThat(TestImages.widthOf(small)).isEqualTo(320);
        assertThat(TestImages.widthOf(large)).isEqualTo(1024);
        assertThat(as(() -> files.find(photo.small())).orElseThrow().contentType()).isEqualTo("image/jpeg");
    }

    // R6: a file that is not an image of the accepted kinds is refused with a message for the upload field
    @Test
    void anUploadThatIsNotAnImageIsRefused() {
        ItemId ring = ring();
        assertThatThrownBy(() -> as(() -> adding.upload(ring, "notes.pdf", "image/png", "%PDF-1.4\n".getBytes())))
                .isInstanceOf(PhotoRefused.class).hasMessageContaining("not a JPG, PNG or WebP")
                .extracting(e -> ((PhotoRefused) e).field()).isEqualTo(AddingAPhoto.UPLOAD_FIELD);
        assertThat(as(() -> photos.of(ring))).isEmpty();
    }

    // R6: a photo over 10 MB is refused, saying how large it is
    @Test
    void anUploadOverTenMegabytesIsRefused() {
        ItemId ring = ring();
        byte[] huge = java.util.Arrays.copyOf(TestImages.png(10, 10), (int) StoredFiles.MAX_BYTES + 1);
        assertThatThrownBy(() -> as(() -> adding.upload(ring, "huge.png", "image/png", huge)))
                .isInstanceOf(PhotoRefused.class).hasMessageContaining("at most 10 MB");
    }

    // R6: a linked image is fetched once: it is kept as a link, with thumbnails of what it gave
    @Test
    void aReachableImageLinkIsKeptAsALinkWithThumbnails() {
        ItemId ring = ring();
        String url = "http://127.0.0.1:" + images.getAddress().getPort() + "/ring.png";

        ItemPhoto photo = as(() -> adding.link(ring, url));

        assertThat(photo.linked()).isTrue();
        assertThat(photo.url()).isEqualTo(url);
        assertThat(photo.file()).isNull();
        assertThat(TestImages.widthOf(as(() -> files.open(photo.small())).bytes())).isEqualTo(320);
    }

    // R6: an unreadable URL is rejected at save — nothing there, or something that is not an image
    @Test
    void anUnreachableOrNonImageLinkIsRefused() {
        ItemId ring = ring();
        String base = "http://127.0.0.1:" + images.getAddress().getPort();

        assertThatThrownBy(() -> as(() -> adding.link(ring, base + "/missing.png")))
                .isInstanceOf(PhotoRefused.class).hasMessageContaining("could not be read");
        assertThatThrownBy(() -> as(() -> adding.link(ring, base + "/page.html")))
                .isInstanceOf(PhotoRefused.class).hasMessageContaining("not a JPG, PNG or WebP");
        assertThatThrownBy(() -> as(() -> adding.link(ring, "http://127.0.0.1:1/closed.png")))
                .isInstanceOf(PhotoRefused.class).hasMessageContaining("could not be reached");
        assertThat(as(() -> photos.of(ring))).isEmpty();
    }

    // R7 (module API for styles): copying stored photos gives the item the same files, the first one primary
    @Test
    void copyingPhotosToAnItemSharesTheFiles() {
        ItemId from = ring();
        ItemPhoto a = upload(from, "a.png");
        ItemPhoto b = upload(from, "b.png");
        ItemId to = ring();

        List<ItemPhoto> copies = as(() -> photos.copy(as(() -> photos.uploadedFiles(from)), to));

        assertThat(copies).extracting(ItemPhoto::file).containsExactly(a.file(), b.file());
        assertThat(copies).extracting(ItemPhoto::primary).containsExactly(true, false);
    }

    // R5: two clerks adding an item's first photo at the same moment both succeed, and one of them is primary
    @Test
    void twoFirstPhotosAddedAtOnceLeaveExactlyOnePrimary() throws Exception {
        for (int round = 0; round < 5; round++) {
            ItemId ring = ring();
            var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            var start = new java.util.concurrent.CountDownLatch(1);
            try {
                var uploads = java.util.stream.IntStream.range(0, 2).mapToObj(n -> pool.submit(() -> {
                    start.await();
                    return upload(ring, "clerk-" + n + ".png");
                })).toList();
                start.countDown();
                for (var upload : uploads) upload.get();
            } finally {
                pool.shutdown();
            }
            assertThat(as(() -> photos.of(ring))).hasSize(2).filteredOn(ItemPhoto::primary).hasSize(1);
        }
    }

    ItemPhoto upload(ItemId item, String name) {
        return as(() -> adding.upload(item, name, "image/png", TestImages.png(64, 48)));
    }

    ItemId ring() {
        return ring(tenant);
    }

    ItemId ring(TestTenants.Tenant owner) {
        return TenantContext.callAs(owner.id(), owner.owner().id(), () -> transactions.execute(s -> receiving.receive(
                new Item(null, 0, owner.store(), "Ring", null, "Solitaire ring", null, true, LocalDate.of(2026, 11, 1),
                        new BigDecimal("900.00"), new Item.Prices(null, null, null, new BigDecimal("2400.00")), null,
                        new JewelryDetails("Platinum", "PT950", null, new BigDecimal("6"), null, "LADIES", "NEW")),
                NewStock.one())));
    }

    private <T> T as(Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> work.get()));
    }
}
