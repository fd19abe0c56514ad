package com.jeweltrak.inventory.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.files.FileId;
import com.jeweltrak.platform.files.OpenedFile;
import com.jeweltrak.platform.files.StoredFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the ZIP of a Bulk Image Download: files named by StockID — {@code 1042.jpg}, {@code 1042-2.jpg} — so the
 * recipient can match them to items (R6); linked photos fetched server-side, and those that fail listed in
 * {@code missing.txt} (R7). The ZIP is built in a temporary file and then kept in the file store. Each step is its
 * own short transaction, so the progress is visible to the page polling it.
 */
@Component
class PhotoZips {

    /** What the file store keeps at most (stored_file's bound); a larger ZIP fails and the page says to split it. */
    static final long MAX_ZIP_BYTES = 200L * 1024 * 1024;

    private final PhotoCatalog catalog;
    private final StoredFiles files;
    private final ImageLinks links;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    PhotoZips(PhotoCatalog catalog, StoredFiles files, ImageLinks links, JdbcClient jdbc, TransactionTemplate transactions) {
        this.catalog = catalog;
        this.files = files;
        this.links = links;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    void build(long id, List<Long> photos) {
        List<PhotoCatalog.ZipEntry> entries = transactions.execute(s -> catalog.forZip(photos));
        List<String> missing = new ArrayList<>();
        Map<String, Integer> perStockId = new HashMap<>();
        Path temporary = null;
        try {
            temporary = Files.createTempFile("photos-" + id + "-", ".zip");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(temporary))) {
                int done = 0;
                for (PhotoCatalog.ZipEntry entry : entries) {
                    try {
                        byte[] bytes = entry.file() != null ? open(entry.file()).bytes() : links.fetch(entry.url(), "url");
                        int n = perStockId.merge(entry.stockId(), 1, Integer::sum);
                        zip.putNextEntry(new ZipEntry(entry.stockId() + (n == 1 ? "" : "-" + n) + extension(bytes)));
                        zip.write(bytes);
                        zip.closeEntry();
                    } catch (BusinessRuleViolated unreadable) {
                        missing.add("StockID " + entry.stockId() + ": " + entry.url() + " — " + unreadable.getMessage());
                    }
                    int progress = ++done;
                    transactions.executeWithoutResult(s -> jdbc.sql("update photo_download set done = ? where id = ?")
                            .params(progress, id).update());
                }
                int gone = photos.size() - entries.size();
                if (gone > 0) missing.add(gone + " selected photo(s) were removed from their items before the download.");
                if (!missing.isEmpty()) {
                    zip.putNextEntry(new ZipEntry("missing.txt"));
                    zip.write((String.join("\r\n", missing) + "\r\n").getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            if (Files.size(temporary) > MAX_ZIP_BYTES) {
                throw new IllegalStateException("The ZIP of download " + id + " is over 200 MB");
            }
            byte[] bytes = Files.readAllBytes(temporary);
            transactions.executeWithoutResult(s -> {
                FileId zip = files.keep("photos-" + id + ".zip", "application/zip", bytes);
                jdbc.sql("update photo_download set status = 'READY', done = total, zip_file_id = ? where id = ?")
                        .params(zip.value(), id).update();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // a temporary file the OS cleans up
                }
            }
        }
    }

    void failed(long id) {
        transactions.executeWithoutResult(s -> jdbc.sql("update photo_download set status = 'FAILED' where id = ?")
                .param(id).update());
    }

    private OpenedFile open(FileId file) {
        return transactions.execute(s -> files.open(file));
    }

    private static String extension(byte[] bytes) {
        return switch (ImageKinds.sniff(bytes).orElse("image/jpeg")) {
            case "image/png" -> ".png";
            case "image/webp" -> ".webp";
            default -> ".jpg";
        };
    }
}
