package com.jeweltrak.inventory.media;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.files.FileId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The photos Bulk Image Download picks from (11-utilities R1, R2, R5): items with photos, paged, and shortcuts. */
@Service
@Transactional(readOnly = true)
public class PhotoCatalog {

    /** An item with its photos, for one card of the grid. */
    public record ItemWithPhotos(ItemId item, String stockId, Family family, String category, String description,
                             List<ItemPhoto> photos) {
    }

    /** What the ZIP needs of a photo. */
    public record ZipEntry(long photo, String stockId, FileId file, String url) {
    }

    private static final String MATCHING = """
            from item i left join contact c on c.id = i.vendor_id
            where exists (select 1 from item_photo p where p.item_id = i.id)
              and i.family::text = any(cast(:families as text[]))
              and (cast(:stores as bigint[]) is null or i.store_id = any(cast(:stores as bigint[])))
              and (cast(:text as text) is null or i.stock_number::text = :text
                   or lower(coalesce(i.description, '')) like '%' || lower(:text) || '%')
              and (cast(:category as text) is null or lower(i.category) = lower(:category))
              and (cast(:vendor as text) is null or lower(concat_ws(' ', c.company, c.first_name, c.last_name))
                   like '%' || lower(:vendor) || '%')
            """;

    private final JdbcClient jdbc;

    PhotoCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Paged<ItemWithPhotos> search(PhotoFilter filter, int page, int size) {
        if (filter.families().isEmpty()) return new Paged<>(List.of(), page, size, 0);
        long total = params(jdbc.sql("select count(*) " + MATCHING), filter).query(Long.class).single();
        Map<Long, ItemWithPhotos> items = new LinkedHashMap<>();
        params(jdbc.sql("select i.id, i.stock_number, i.family, i.category, i.description " + MATCHING
                + " order by i.stock_number desc limit :limit offset :offset"), filter)
                .param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new ItemWithPhotos(new ItemId(rs.getLong(1)), Long.toString(rs.getLong(2)),
                        Family.ofCode(rs.getString(3).charAt(0)), rs.getString(4), rs.getString(5), new ArrayList<>()))
                .list().forEach(i -> items.put(i.item().value(), i));
        if (!items.isEmpty()) {
            jdbc.sql("select " + ItemPhotos.COLUMNS
                            + " from item_photo where item_id = any(?) order by position, id")
                    .param(items.keySet().toArray(Long[]::new))
                    .query(ItemPhotos::map).list()
                    .forEach(p -> items.get(p.item().value()).photos().add(p));
        }
        return new Paged<>(List.copyOf(items.values()), page, size, total);
    }

    /** R5: the primary photo of every item the filter finds. */
    public List<Long> primaryPhotos(PhotoFilter filter) {
        if (filter.families().isEmpty()) return List.of();
        return params(jdbc.sql("select p.id from item_photo p join (select i.id, i.stock_number " + MATCHING
                + ") m on m.id = p.item_id where p.is_primary order by m.stock_number desc"), filter)
                .query(Long.class).list();
    }

    /** R5: all photos of one item, in its order (the caller checked the person may see the item). */
    public List<Long> photosOf(ItemId item) {
        return jdbc.sql("select id from item_photo where item_id = ? order by position, id").param(item.value())
                .query(Long.class).list();
    }

    /** Of these photos, the ones the filter's person may see (their families and stores), in the given order. */
    public List<Long> visible(java.util.Collection<Long> photos, PhotoFilter access) {
        if (photos.isEmpty() || access.families().isEmpty()) return List.of();
        List<Long> seen = jdbc.sql("""
                        select p.id from item_photo p join item i on i.id = p.item_id
                        where p.id = any(cast(:photos as bigint[])) and i.family::text = any(cast(:families as text[]))
                          and (cast(:stores as bigint[]) is null or i.store_id = any(cast(:stores as bigint[])))""")
                .param("photos", photos.toArray(Long[]::new))
                .param("families", access.families().stream().map(x -> String.valueOf(x.code())).toArray(String[]::new))
                .param("stores", access.stores() == null ? null : access.stores().toArray(Long[]::new))
                .query(Long.class).list();
        return photos.stream().filter(seen::contains).toList();
    }

    /** The selected photos that still exist, grouped by item in StockID order, each item's photos in its order. */
    public List<ZipEntry> forZip(List<Long> photos) {
        return jdbc.sql("""
                        select p.id, i.stock_number, p.file_id, p.url
                        from item_photo p join item i on i.id = p.item_id
                        where p.id = any(?) order by i.stock_number, p.position, p.id""")
                .param(photos.toArray(Long[]::new))
                .query((rs, n) -> {
                    long file = rs.getLong("file_id");
                    boolean linked = rs.wasNull();
                    return new ZipEntry(rs.getLong("id"), Long.toString(rs.getLong("stock_number")),
                            linked ? null : new FileId(file), rs.getString("url"));
                }).list();
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec sql, PhotoFilter f) {
        return sql.param("families", f.families().stream().map(x -> String.valueOf(x.code())).toArray(String[]::new))
                .param("stores", f.stores() == null ? null : f.stores().toArray(Long[]::new))
                .param("text", f.text()).param("category", f.category()).param("vendor", f.vendor());
    }
}
