package com.jeweltrak.inventory.media;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.platform.files.FileId;
import com.jeweltrak.platform.files.StoredFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An item's 360° video (R1, R4): one per item — a new one replaces the old. A link is always allowed (it is kept
 * as given: video sites rarely answer a plain fetch with the video, so it is not fetched); an upload only where the
 * tenant switched on "Video uploads", up to {@link #MAX_BYTES}, MP4, MOV or WebM by its bytes.
 */
@Service
@Transactional(readOnly = true)
public class ItemVideos {

    public static final long MAX_BYTES = 100L * 1024 * 1024;
    public static final String FIELD = "video";
    private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V ", "dash", "mmp4");

    private final JdbcClient jdbc;
    private final StoredFiles files;
    private final MediaSettings settings;

    ItemVideos(JdbcClient jdbc, StoredFiles files, MediaSettings settings) {
        this.jdbc = jdbc;
        this.files = files;
        this.settings = settings;
    }

    public Optional<ItemVideo> of(ItemId item) {
        return jdbc.sql("select item_id, source, file_id, url, added_at from item_video where item_id = ?")
                .param(item.value()).query((rs, n) -> {
                    long file = rs.getLong("file_id");
                    return new ItemVideo(new ItemId(rs.getLong("item_id")), ItemPhoto.Source.valueOf(rs.getString("source")),
                            rs.wasNull() ? null : new FileId(file), rs.getString("url"), rs.getTimestamp("added_at").toInstant());
                }).optional();
    }

    @Transactional
    public ItemVideo link(ItemId item, String url) {
        ImageLinks.parse(url, FIELD);
        save(item, "URL", null, url.strip());
        return of(item).orElseThrow();
    }

    @Transactional
    public ItemVideo upload(ItemId item, String fileName, byte[] content) {
        if (!settings.videoUploads()) {
            throw new PhotoRefused(FIELD, "Video uploads are off for your business: link the video instead, or ask your "
                    + "administrator to switch on Video uploads (Settings → Media).");
        }
        if (content == null || content.length == 0) throw new PhotoRefused(FIELD, "The video file is empty.");
        if (content.length > MAX_BYTES) {
            throw new PhotoRefused(FIELD, "The video is " + String.format(Locale.ROOT, "%.1f", content.length / 1048576.0)
                    + " MB; videos can be at most 100 MB.");
        }
        String type = sniff(content).orElseThrow(() -> new PhotoRefused(FIELD, "That file is not an MP4, MOV or WebM video."));
        FileId file = files.keep(fileName == null || fileName.isBlank() ? "video" : fileName, type, content);
        save(item, "UPLOAD", file, null);
        return of(item).orElseThrow();
    }

    @Transactional
    public void remove(ItemId item) {
        jdbc.sql("delete from item_video where item_id = ?").param(item.value()).update();
    }

    private void save(ItemId item, String source, FileId file, String url) {
        jdbc.sql("""
                insert into item_video (tenant_id, item_id, source, file_id, url) values (jt_current_tenant(), ?, ?, ?, ?)
                on conflict (tenant_id, item_id) do update
                  set source = excluded.source, file_id = excluded.file_id, url = excluded.url, added_at = now()""")
                .params(item.value(), source, file == null ? null : file.value(), url).update();
    }

    static Optional<String> sniff(byte[] b) {
        if (b.length >= 4 && (b[0] & 0xff) == 0x1a && (b[1] & 0xff) == 0x45 && (b[2] & 0xff) == 0xdf && (b[3] & 0xff) == 0xa3) {
            return Optional.of("video/webm");
        }
        if (b.length >= 12 && new String(b, 4, 4, StandardCharsets.US_ASCII).equals("ftyp")) {
            String brand = new String(b, 8, 4, StandardCharsets.US_ASCII);
            if (brand.equals("qt  ")) return Optional.of("video/quicktime");
            if (MP4_BRANDS.contains(brand)) return Optional.of("video/mp4");
        }
        return Optional.empty();
    }
}
