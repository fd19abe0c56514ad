package com.jeweltrak.inventory.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.files.FileId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An item's photos (04-inventory §Photos & Video R1, R5, R9): the list in the user's order, the primary first in
 * importance, and the small changes — star, move, delete, copy. Adding a photo is {@link AddingAPhoto}.
 * The caller has checked that the user may see (or edit) the item; row-level security keeps tenants apart.
 */
@Service
@Transactional(readOnly = true)
public class ItemPhotos {

    static final String COLUMNS = "id, item_id, position, is_primary, source, file_id, small_file_id, large_file_id, url, added_at";

    private final JdbcClient jdbc;
    private final AddingAPhoto adding;

    ItemPhotos(JdbcClient jdbc, AddingAPhoto adding) {
        this.jdbc = jdbc;
        this.adding = adding;
    }

    public List<ItemPhoto> of(ItemId item) {
        return jdbc.sql("select " + COLUMNS + " from item_photo where item_id = ? order by position, id")
                .param(item.value()).query(ItemPhotos::map).list();
    }

    /** The photo of that item; another item's or another tenant's photo is not found. */
    public ItemPhoto get(ItemId item, long photo) {
        return jdbc.sql("select " + COLUMNS + " from item_photo where id = ? and item_id = ?")
                .params(photo, item.value()).query(ItemPhotos::map).optional()
                .orElseThrow(() -> new RecordNotFound("Photo", photo));
    }

    /** The primary photo of each of these items that has one (list columns, Quick Peek, the item header). */
    public Map<ItemId, ItemPhoto> primaries(Collection<ItemId> items) {
        Map<ItemId, ItemPhoto> out = new HashMap<>();
        if (items.isEmpty()) return out;
        jdbc.sql("select " + COLUMNS + " from item_photo where is_primary and item_id = any(?)")
                .param(items.stream().map(ItemId::value).toArray(Long[]::new))
                .query(ItemPhotos::map).list().forEach(p -> out.put(p.item(), p));
        return out;
    }

    public Optional<ItemPhoto> primary(ItemId item) {
        return Optional.ofNullable(primaries(List.of(item)).get(item));
    }

    /** Moves the star (R5): exactly one primary, so the old one loses it first, in the same transaction. */
    @Transactional
    public void makePrimary(ItemId item, long photo) {
        get(item, photo);
        jdbc.sql("update item_photo set is_primary = false where item_id = ? and is_primary and id <> ?")
                .params(item.value(), photo).update();
        jdbc.sql("update item_photo set is_primary = true where id = ? and not is_primary").param(photo).update();
    }

    /** One place earlier ({@code -1}) or later ({@code +1}) in the item's order; at either end nothing moves. */
    @Transactional
    public void move(ItemId item, long photo, int step) {
        List<ItemPhoto> photos = of(item);
        int at = indexOf(photos, get(item, photo).id());
        int to = at + Integer.signum(step);
        if (to < 0 || to >= photos.size()) return;
        List<Long> order = new java.util.ArrayList<>(photos.stream().map(ItemPhoto::id).toList());
        java.util.Collections.swap(order, at, to);
        renumber(item, order);
    }

    /** The item's photos in the given order (the API's reorder); it must name each of them once. */
    @Transactional
    public void reorder(ItemId item, List<Long> order) {
        List<Long> current = of(item).stream().map(ItemPhoto::id).sorted().toList();
        if (!order.stream().sorted().toList().equals(current)) {
            throw new PhotoRefused("order", "The order must list each of the item's photos once.");
        }
        renumber(item, order);
    }

    /**
     * Removes the photo from the item (R9; the delete is audited through item_photo). The files stay (audited
     * stored_file rows, possibly shared with a copied photo). If it was the primary, the next photo takes the star.
     */
    @Transactional
    public void delete(ItemId item, long photo) {
        ItemPhoto gone = get(item, photo);
        jdbc.sql("delete from item_photo where id = ?").param(photo).update();
        if (gone.primary()) {
            jdbc.sql("""
                    update item_photo set is_primary = true where id =
                      (select id from item_photo where item_id = ? order by position, id limit 1)""")
                    .param(item.value()).update();
        }
    }

    /**
     * Gives {@code to} the photos whose stored files are {@code fromFileIds} (an item made From Style inherits the
     * style's photos: 04-inventory §Style Catalog, R7). The bytes are not copied — both records point at the same
     * files, which never change; thumbnails are made once here. Returns the new photos.
     */
    @Transactional
    public List<ItemPhoto> copy(List<FileId> fromFileIds, ItemId to) {
        return fromFileIds.stream().map(file -> adding.attach(to, file)).toList();
    }

    /** The item's uploaded photo files in its order (what {@link #copy} takes: a style made from an item, say). */
    public List<FileId> uploadedFiles(ItemId item) {
        return of(item).stream().map(ItemPhoto::file).filter(java.util.Objects::nonNull).toList();
    }

    private void renumber(ItemId item, List<Long> order) {
        for (int i = 0; i < order.size(); i++) {
            jdbc.sql("update item_photo set position = ? where id = ? and item_id = ? and position <> ?")
                    .params(i, order.get(i), item.value(), i).update();
        }
    }

    private static int indexOf(List<ItemPhoto> photos, long id) {
        for (int i = 0; i < photos.size(); i++) if (photos.get(i).id() == id) return i;
        throw new RecordNotFound("Photo", id);
    }

    static ItemPhoto map(ResultSet rs, int row) throws SQLException {
        return new ItemPhoto(rs.getLong("id"), new ItemId(rs.getLong("item_id")), rs.getInt("position"),
                rs.getBoolean("is_primary"), ItemPhoto.Source.valueOf(rs.getString("source")), file(rs, "file_id"),
                file(rs, "small_file_id"), file(rs, "large_file_id"), rs.getString("url"),
                rs.getTimestamp("added_at").toInstant());
    }

    private static FileId file(ResultSet rs, String column) throws SQLException {
        long id = rs.getLong(column);
        return rs.wasNull() ? null : new FileId(id);
    }
}
