package com.jeweltrak.inventory.styles;

import java.util.List;

import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.files.FileId;
import com.jeweltrak.platform.files.FileRefused;
import com.jeweltrak.platform.files.StoredFile;
import com.jeweltrak.platform.files.StoredFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A style's photos (R2): stored files in upload order, one primary (the first, until another is chosen). An item
 * made from the style starts with copies of the same file ids (R4): see {@link #fileIdsOf}.
 */
@Service
@Transactional(readOnly = true)
public class StylePhotos {

    /** One photo of a style. */
    public record Photo(FileId file, String fileName, boolean primary) {
    }

    private final JdbcClient jdbc;
    private final StoredFiles files;
    private final Styles styles;

    StylePhotos(JdbcClient jdbc, StoredFiles files, Styles styles) {
        this.jdbc = jdbc;
        this.files = files;
        this.styles = styles;
    }

    public List<Photo> of(StyleId style) {
        return jdbc.sql("""
                        select p.file_id, f.file_name, p.is_primary from style_photo p
                        join stored_file f on f.tenant_id = p.tenant_id and f.id = p.file_id
                        where p.style_id = ? order by p.is_primary desc, p.position, p.id""")
                .param(style.value())
                .query((rs, n) -> new Photo(new FileId(rs.getLong(1)), rs.getString(2), rs.getBoolean(3))).list();
    }

    /**
     * The seam for item photos (R4): the style's file ids, primary first, for the item-photos API to attach to an
     * item made from the style. Files are never changed once written, so sharing an id is a copy for the item.
     */
    private static final java.util.Set<String> PHOTO_TYPES = java.util.Set.of("image/jpeg", "image/png", "image/webp");

    public List<FileId> fileIdsOf(StyleId style) {
        return of(style).stream().map(Photo::file).toList();
    }

    @Transactional
    public FileId add(StyleId style, String fileName, String contentType, byte[] content) {
        styles.get(style);
        FileId stored;
        try {
            stored = files.store(fileName, contentType, content);
        } catch (FileRefused refused) {
            throw refused.beside("photo");
        }
        // the kinds an item photo takes, since items made from the style start with these photos (R4)
        if (!files.find(stored).map(StoredFile::contentType).filter(PHOTO_TYPES::contains).isPresent()) {
            throw new FileRefused("photo", "A style photo must be a JPEG, PNG or WebP image.");
        }
        boolean first = of(style).isEmpty();
        jdbc.sql("""
                        insert into style_photo (tenant_id, style_id, file_id, position, is_primary)
                        values (jt_current_tenant(), ?, ?, (select coalesce(max(position), 0) + 1 from style_photo
                                                           where style_id = ?), ?)""")
                .params(style.value(), stored.value(), style.value(), first).update();
        return stored;
    }

    @Transactional
    public void remove(StyleId style, FileId file) {
        boolean wasPrimary = photo(style, file).primary();
        jdbc.sql("delete from style_photo where style_id = ? and file_id = ?").params(style.value(), file.value()).update();
        if (wasPrimary) {
            // the next photo in order takes over, so a style with photos always shows one
            jdbc.sql("""
                            update style_photo set is_primary = true where id = (select id from style_photo
                            where style_id = ? order by position, id limit 1)""").param(style.value()).update();
        }
    }

    @Transactional
    public void makePrimary(StyleId style, FileId file) {
        photo(style, file);
        jdbc.sql("update style_photo set is_primary = false where style_id = ? and is_primary").param(style.value()).update();
        jdbc.sql("update style_photo set is_primary = true where style_id = ? and file_id = ?")
                .params(style.value(), file.value()).update();
    }

    /** The photo, if it is one of this style's; any other file id is not found here. */
    public Photo photo(StyleId style, FileId file) {
        return of(style).stream().filter(p -> p.file().equals(file)).findFirst()
                .orElseThrow(() -> new RecordNotFound("Style photo", file));
    }
}
