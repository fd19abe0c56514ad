package com.jeweltrak.inventory.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import java.util.zip.ZipInputStream;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
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
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bulk Image Download's ZIP, built in the background (11-utilities §Bulk Image Download). */
@IntegrationTest
class BulkImageDownloadTests {

    static TestTenants.Tenant tenant;
    static HttpServer images;
    static final AtomicBoolean linkGone = new AtomicBoolean(false);

    @Autowired BulkImageDownloads downloads;
    @Autowired AddingAPhoto adding;
    @Autowired ReceivingAnItem receiving;
    @Autowired Items items;
    @Autowired StoredFiles files;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void start(@Autowired TestTenants tenants) throws IOException {
        tenant = tenants.open("bulk-images");
        images = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] png = TestImages.png(50, 50);
        images.createContext("/", exchange -> {
            if (linkGone.get()) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.sendResponseHeaders(200, png.length);
                exchange.getResponseBody().write(png);
            }
            exchange.close();
        });
        images.start();
    }

    @AfterAll
    static void stop() {
        images.stop(0);
    }

    // R6, R7: files named StockID, StockID-2…; a linked photo that cannot be fetched any more is listed in missing.txt
    @Test
    void theZipHoldsPhotosNamedByStockIdAndListsTheMissingOnes() throws Exception {
        ItemId ring = ring();
        String stockId = as(() -> items.get(ring)).stockId();
        ItemPhoto front = as(() -> adding.upload(ring, "front.png", "image/png", TestImages.png(40, 30)));
        ItemPhoto side = as(() -> adding.upload(ring, "side.png", "image/png", TestImages.png(30, 40)));
        String url = "http://127.0.0.1:" + images.getAddress().getPort() + "/gone.png";
        ItemPhoto linked = as(() -> adding.link(ring, url));
        linkGone.set(true);

        long id = as(() -> downloads.start(List.of(front.id(), side.id(), linked.id())));
        DownloadProgress done = awaitDone(id);

        assertThat(done.status()).isEqualTo(DownloadProgress.Status.READY);
        assertThat(done.done()).isEqualTo(3);
        Map<String, String> entries = unzip(as(() -> files.open(done.zip())).bytes());
        assertThat(entries.keySet()).containsExactly(stockId + ".png", stockId + "-2.png", "missing.txt");
        assertThat(entries.get("missing.txt")).contains("StockID " + stockId).contains(url);
    }

    // R3, R4: more than 200 photos are refused with the message, never cut to 200
    @Test
    void moreThanTwoHundredPhotosAreRefused() {
        List<Long> many = LongStream.rangeClosed(1, 201).boxed().toList();
        assertThatThrownBy(() -> as(() -> downloads.start(many)))
                .isInstanceOf(TooManyPhotos.class).hasMessageContaining("201 photos are selected")
                .hasMessageContaining("at most 200");
    }

    private DownloadProgress awaitDone(long id) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        DownloadProgress progress = as(() -> downloads.progress(id));
        while (progress.running() && System.nanoTime() < until) {
            Thread.sleep(100);
            progress = as(() -> downloads.progress(id));
        }
        return progress;
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
            }
        }
        return entries;
    }

    private ItemId ring() {
        return as(() -> receiving.receive(new Item(null, 0, tenant.store(), "Ring", null, "Eternity band", null, true,
                LocalDate.of(2026, 11, 1), new BigDecimal("300.00"), new Item.Prices(null, null, null, new BigDecimal("900.00")),
                null, new JewelryDetails("Platinum", "PT950", null, new BigDecimal("6"), null, "LADIES", "NEW")), NewStock.one()));
    }

    private <T> T as(Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> work.get()));
    }
}
