package com.jeweltrak.inventory.media;

import java.util.List;
import java.util.Locale;

import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.platform.files.Thumbnails;
import com.jeweltrak.platform.files.FileId;
import com.jeweltrak.platform.files.OpenedFile;
import com.jeweltrak.platform.files.StoredFiles;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds a photo to an item (R2, R5, R6): an upload from the computer or the phone's camera, a link to an external
 * image (fetched once to check it is one), or a stored file another record already has (a style's photos). The
 * first photo of an item becomes its primary. Thumbnails (320 px, 1024 px JPEG) are made and stored here.
 */
@Service
public class AddingAPhoto {

    /** The form field refusals are shown beside. */
    public static final String UPLOAD_FIELD = "photos";
    public static final String LINK_FIELD = "url";

    private final JdbcClient jdbc;
    private final StoredFiles files;
    private final ImageLinks links;

    AddingAPhoto(JdbcClient jdbc, StoredFiles files, ImageLinks links) {
        this.jdbc = jdbc;
        this.files = files;
        this.links = links;
    }

    @Transactional
    public ItemPhoto upload(ItemId item, String fileName, String claimedType, byte[] content) {
        String name = fileName == null || fileName.isBlank() ? "The photo" : fileName.strip();
        if (content == null || content.length == 0) throw new PhotoRefused(UPLOAD_FIELD, name + " is empty.");
        if (content.length > StoredFiles.MAX_BYTES) {
            throw new PhotoRefused(UPLOAD_FIELD, name + " is " + String.format(Locale.ROOT, "%.1f", content.length / 1048576.0)
                    + " MB; photos can be at most 10 MB.");
        }
        ImageKinds.require(content, UPLOAD_FIELD, name);
        FileId original = files.store(fileName, claimedType, content);
        return insert(item, ItemPhoto.Source.UPLOAD, original, null, content, baseName(fileName));
    }

    /** One uploaded file, as the browser sent it. */
    public record Upload(String fileName, String claimedType, byte[] content) {
    }

    /** Several photos at once, all or none: the first refused one is reported and nothing of the lot is kept. */
    @Transactional
    public List<ItemPhoto> uploadAll(ItemId item, List<Upload> uploads) {
        return uploads.stream().map(u -> upload(item, u.fileName(), u.claimedType(), u.content())).toList();
    }

    /** R6: the link is kept as a link; what it gave now only feeds the thumbnails our pages can show. */
    @Transactional
    public ItemPhoto link(ItemId item, String url) {
        byte[] fetched = links.fetch(url, LINK_FIELD);
        return insert(item, ItemPhoto.Source.URL, null, url.strip(), fetched, "linked");
    }

    /** A stored image (a style's photo) becomes a photo of this item too, sharing the file. */
    @Transactional
    public ItemPhoto attach(ItemId item, FileId file) {
        OpenedFile opened = files.open(file);
        ImageKinds.require(opened.bytes(), UPLOAD_FIELD, opened.file().fileName());
        return insert(item, ItemPhoto.Source.UPLOAD, file, null, opened.bytes(), baseName(opened.file().fileName()));
    }

    private ItemPhoto insert(ItemId item, ItemPhoto.Source source, FileId file, String url, byte[] image, String base) {
        FileId small;
        FileId large;
        var thumbnails = Thumbnails.of(image);
        if (thumbnails.isPresent()) {
            small = files.store(base + "-320.jpg", "image/jpeg", thumbnails.get().small());
            large = files.store(base + "-1024.jpg", "image/jpeg", thumbnails.get().large());
        } else if (file == null) {
            // a linked WebP: our pages may not load the other site's image, so they show the copy fetched now
            small = large = files.store(base + ".webp", "image/webp", image);
        } else {
            small = large = null;
        }
        UserId by = TenantContext.current().map(TenantContext.Actor::user).orElse(null);
        // two first photos added at once would both see none and both claim primary: one waits for the other here
        jdbc.sql("select id from item where id = ? for no key update").param(item.value()).query(Long.class).optional()
                .orElseThrow(() -> new com.jeweltrak.platform.RecordNotFound("Item", item.value()));
        long id = jdbc.sql("""
                        insert into item_photo (tenant_id, item_id, position, is_primary, source, file_id, small_file_id,
                                                large_file_id, url, added_by)
                        select jt_current_tenant(), :item, coalesce(max(position) + 1, 0), count(*) = 0, :source, :file,
                               :small, :large, :url, :by
                        from item_photo where item_id = :item
                        returning id""")
                .param("item", item.value()).param("source", source.name()).param("file", value(file))
                .param("small", value(small)).param("large", value(large)).param("url", url)
                .param("by", by == null ? null : by.value())
                .query(Long.class).single();
        return jdbc.sql("select " + ItemPhotos.COLUMNS + " from item_photo where id = ?").param(id)
                .query(ItemPhotos::map).single();
    }

    private static Long value(FileId file) {
        return file == null ? null : file.value();
    }

    private static String baseName(String fileName) {
        String name = fileName == null ? "photo" : fileName.replaceAll(".*[/\\\\]", "");
        int dot = name.lastIndexOf('.');
        name = dot > 0 ? name.substring(0, dot) : name;
        return name.isBlank() ? "photo" : name;
    }
}
