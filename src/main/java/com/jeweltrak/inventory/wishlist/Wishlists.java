package com.jeweltrak.inventory.wishlist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.tenancy.StoreId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's wishlist entries; reading one joins its item for the status, nothing is copied from it. */
@Repository
@Transactional(readOnly = true)
public class Wishlists {

    // status from the item's quantities now (R4): in stock → Available, only out on memo → On memo, none left → Sold
    private static final String SELECT = """
            select w.id, w.contact_id, w.item_id, w.occasion, w.note, w.added_at,
                   trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')) as person, c.company,
                   i.stock_number, i.family, i.store_id, i.description, i.retail_price, i.in_stock, i.on_memo,
                   trim(u.first_name || ' ' || u.last_name) as added_by_name
            from wishlist_entry w
            join contact c on c.tenant_id = w.tenant_id and c.id = w.contact_id
            join item i on i.tenant_id = w.tenant_id and i.id = w.item_id
            left join app_user u on u.tenant_id = w.tenant_id and u.id = w.added_by
            """;

    private final JdbcClient jdbc;

    Wishlists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A customer's wishlist, newest first. */
    public List<WishlistEntry> of(ContactId contact) {
        return jdbc.sql(SELECT + "where w.contact_id = ? order by w.added_at desc, w.id desc").param(contact.value())
                .query((rs, n) -> map(rs)).list();
    }

    /** Who wants an item, newest first (R2: it may be on several customers' lists). */
    public List<WishlistEntry> wanting(ItemId item) {
        return jdbc.sql(SELECT + "where w.item_id = ? order by w.added_at desc, w.id desc").param(item.value())
                .query((rs, n) -> map(rs)).list();
    }

    public Optional<WishlistEntry> find(long id) {
        return jdbc.sql(SELECT + "where w.id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    /** The entry, when it is on that contact's list; another contact's (or tenant's) entry is not found. */
    public WishlistEntry get(ContactId contact, long id) {
        return find(id).filter(e -> e.contact().equals(contact))
                .orElseThrow(() -> new RecordNotFound("Wishlist entry", id));
    }

    boolean has(ContactId contact, ItemId item) {
        return jdbc.sql("select exists (select 1 from wishlist_entry where contact_id = ? and item_id = ?)")
                .params(contact.value(), item.value()).query(Boolean.class).single();
    }

    @Transactional
    long add(ContactId contact, ItemId item, Occasion occasion, String note, Long addedBy) {
        return jdbc.sql("""
                        insert into wishlist_entry (tenant_id, contact_id, item_id, occasion, note, added_by)
                        values (jt_current_tenant(), ?, ?, ?, ?, ?) returning id""")
                .params(contact.value(), item.value(), occasion == null ? null : occasion.name(), note, addedBy)
                .query(Long.class).single();
    }

    @Transactional
    void remove(long id) {
        jdbc.sql("delete from wishlist_entry where id = ?").param(id).update();
    }

    private static WishlistEntry map(ResultSet rs) throws SQLException {
        String person = rs.getString("person");
        String name = person == null || person.isEmpty() ? rs.getString("company") : person;
        String occasion = rs.getString("occasion");
        WishlistStatus status = rs.getBigDecimal("in_stock").signum() > 0 ? WishlistStatus.AVAILABLE
                : rs.getBigDecimal("on_memo").signum() > 0 ? WishlistStatus.ON_MEMO : WishlistStatus.SOLD;
        return new WishlistEntry(rs.getLong("id"), new ContactId(rs.getLong("contact_id")), name,
                new ItemId(rs.getLong("item_id")), Long.toString(rs.getLong("stock_number")),
                Family.ofCode(rs.getString("family").charAt(0)), new StoreId(rs.getLong("store_id")), rs.getString("description"),
                rs.getBigDecimal("retail_price"), status, occasion == null ? null : Occasion.valueOf(occasion),
                rs.getString("note"), rs.getTimestamp("added_at").toInstant(), rs.getString("added_by_name"));
    }
}
