package com.jeweltrak.platform.tenancy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.lists.ListQuery;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's stores. */
@Repository
@Transactional(readOnly = true)
public class Stores {

    private static final String COLUMNS = """
            id, name, address_line1, city, region, postal_code, country, phone, email, time_zone, tax_number,
            invoice_disclaimer, tax_rate, sur_tax_rate, sur_tax_threshold, default_stock_type, show_order_number,
            show_line_salesperson, show_serial_number, active""";

    private static final String ACCESSIBLE =
            "id in (select a.store_id from user_store_access a where a.user_id = ?)";

    private final JdbcClient jdbc;
    private final StoreSearchEntries searchEntries;

    Stores(JdbcClient jdbc, StoreSearchEntries searchEntries) {
        this.jdbc = jdbc;
        this.searchEntries = searchEntries;
    }

    public List<Store> all() {
        return jdbc.sql("select " + COLUMNS + " from store order by lower(name), id").query(Stores::map).list();
    }

    /** The stores whose records this person may see: their own, or every one with CanViewAllStores (decision 7). */
    public List<Store> accessibleTo(com.jeweltrak.platform.security.CurrentUser user) {
        return all().stream().filter(s -> user.mayAccess(s.id())).toList();
    }

    /** {@link #accessibleTo}'s ids, as a report's or a history's {@code store_id in (…)} takes them. */
    public List<Long> idsAccessibleTo(com.jeweltrak.platform.security.CurrentUser user) {
        return accessibleTo(user).stream().map(s -> s.id().value()).toList();
    }

    /** One page of every store, active ones first. */
    public Paged<Store> page(int page, int size) {
        long total = jdbc.sql("select count(*) from store").query(Long.class).single();
        List<Store> rows = jdbc.sql("select " + COLUMNS + " from store order by active desc, lower(name), id limit ? offset ?")
                .params(size, (long) page * size).query(Stores::map).list();
        return new Paged<>(rows, page, size, total);
    }

    /** One page of the stores on the user's store list (Permissions R14), active ones first. */
    public Paged<Store> pageAccessibleTo(UserId user, int page, int size) {
        long total = jdbc.sql("select count(*) from store where " + ACCESSIBLE).param(user.value())
                .query(Long.class).single();
        List<Store> rows = jdbc.sql("select " + COLUMNS + " from store where " + ACCESSIBLE
                        + " order by active desc, lower(name), id limit ? offset ?")
                .params(user.value(), size, (long) page * size).query(Stores::map).list();
        return new Paged<>(rows, page, size, total);
    }

    /** The order of the stores list when no sort is asked for: active first, then by name. */
    public static final String DEFAULT_ORDER = "active desc, lower(name)";

    private static final String MATCHING = "lower(name || ' ' || coalesce(city, '')) like ?";

    /**
     * Stores for the list component, matching the search by name or city: every store, or with
     * {@code accessibleTo} only those on that user's store list. The query's conditions and order are
     * SQL from the list's definition, the search text a parameter.
     */
    public Paged<Store> page(ListQuery query, UserId accessibleTo) {
        String where = where(query, accessibleTo);
        long total = jdbc.sql("select count(*) from store where " + where).params(params(query, accessibleTo))
                .query(Long.class).single();
        List<Object> params = new ArrayList<>(params(query, accessibleTo));
        params.add(query.size());
        params.add(query.offset());
        List<Store> rows = jdbc.sql("select " + COLUMNS + " from store where " + where + " order by " + query.orderBy()
                        + " limit ? offset ?")
                .params(params).query(Stores::map).list();
        return new Paged<>(rows, query.page(), query.size(), total);
    }

    /** Every store matching the query, in its order, one at a time (exports). */
    public void each(ListQuery query, UserId accessibleTo, Consumer<? super Store> row) {
        jdbc.sql("select " + COLUMNS + " from store where " + where(query, accessibleTo) + " order by " + query.orderBy())
                .withFetchSize(500)
                .params(params(query, accessibleTo))
                .query((RowCallbackHandler) rs -> row.accept(map(rs, 0)));
    }

    private static String where(ListQuery query, UserId accessibleTo) {
        return MATCHING + " and " + query.where() + (accessibleTo == null ? "" : " and " + ACCESSIBLE);
    }

    private static List<Object> params(ListQuery query, UserId accessibleTo) {
        return accessibleTo == null ? List.of(query.searchPattern()) : List.of(query.searchPattern(), accessibleTo.value());
    }

    public Optional<Store> findAccessibleTo(UserId user, StoreId id) {
        return jdbc.sql("select " + COLUMNS + " from store where id = ? and " + ACCESSIBLE)
                .params(id.value(), user.value()).query(Stores::map).optional();
    }

    /**
     * Locks the active stores and counts them, so two people closing the last two stores at the same
     * time take turns and the second sees the first's change.
     */
    @Transactional
    public int lockAndCountActive() {
        return jdbc.sql("select id from store where active order by id for update").query(Long.class).list().size();
    }

    public Optional<Store> find(StoreId id) {
        return jdbc.sql("select " + COLUMNS + " from store where id = ?").param(id.value()).query(Stores::map).optional();
    }

    public Store get(StoreId id) {
        return find(id).orElseThrow(() -> new RecordNotFound("Store", id));
    }

    @Transactional
    public StoreId add(Store store) {
        long id = jdbc.sql("insert into store (tenant_id, name, time_zone) values (?, ?, ?) returning id")
                .params(TenantContext.requireTenant().value(), store.name(), store.timeZone().getId())
                .query(Long.class).single();
        StoreId storeId = new StoreId(id);
        update(new Store(storeId, store.name(), store.address(), store.phone(), store.email(), store.timeZone(),
                store.taxNumber(), store.invoiceDisclaimer(), store.tax(), store.defaultStockType(), store.display(),
                store.active()));
        return storeId;
    }

    public boolean nameTaken(String name, StoreId except) {
        return jdbc.sql("select count(*) from store where lower(name) = lower(?) and id <> ?")
                .params(name.trim(), except == null ? -1 : except.value()).query(Long.class).single() > 0;
    }

    @Transactional
    public void update(Store s) {
        int updated = jdbc.sql("""
                        update store set name = ?, address_line1 = ?, city = ?, region = ?, postal_code = ?, country = ?,
                               phone = ?, email = ?, time_zone = ?, tax_number = ?, invoice_disclaimer = ?, tax_rate = ?,
                               sur_tax_rate = ?, sur_tax_threshold = ?, default_stock_type = ?, show_order_number = ?,
                               show_line_salesperson = ?, show_serial_number = ?, active = ?
                        where id = ?""")
                .params(s.name().trim(), s.address().line1(), s.address().city(), s.address().region(),
                        s.address().postalCode(), s.address().country(), s.phone(), s.email(), s.timeZone().getId(),
                        s.taxNumber(), s.invoiceDisclaimer(), s.tax().taxRate(), s.tax().surTaxRate(),
                        s.tax().surTaxThreshold(), String.valueOf(s.defaultStockType()), s.display().showOrderNumber(),
                        s.display().showLineSalesperson(), s.display().showSerialNumber(), s.active(), s.id().value())
                .update();
        if (updated == 1) searchEntries.reindex(s);
    }

    private static Store map(ResultSet rs, int row) throws SQLException {
        return new Store(new StoreId(rs.getLong("id")), rs.getString("name"),
                new Store.Address(rs.getString("address_line1"), rs.getString("city"), rs.getString("region"),
                        rs.getString("postal_code"), rs.getString("country")),
                rs.getString("phone"), rs.getString("email"), ZoneId.of(rs.getString("time_zone")),
                rs.getString("tax_number"), rs.getString("invoice_disclaimer"),
                new Store.TaxSetup(rs.getBigDecimal("tax_rate"), rs.getBigDecimal("sur_tax_rate"),
                        rs.getBigDecimal("sur_tax_threshold")),
                rs.getString("default_stock_type").charAt(0),
                new Store.DisplayFlags(rs.getBoolean("show_order_number"), rs.getBoolean("show_line_salesperson"),
                        rs.getBoolean("show_serial_number")),
                rs.getBoolean("active"));
    }
}
