package com.jeweltrak.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.lists.ListQuery;
import com.jeweltrak.platform.tenancy.StoreId;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's items, each read with its family's attributes. Quantities are written only by
 * {@link StockLedger}; this repository writes everything else.
 */
@Repository
@Transactional(readOnly = true)
public class Items {

    private static final String ITEM_COLUMNS = """
            i.id, i.stock_number, i.family, i.store_id, i.category, i.vendor_id, i.description, i.serial_number,
            i.location, i.vendor_invoice_ref, i.notes, i.taxable, i.purchase_date, i.cost, i.price1, i.price2, i.price3,
            i.retail_price, i.in_stock, i.on_memo, i.carats""";

    /** Text a list's search matches: StockID exactly or as a prefix, category, description, serial number, vendor's ref. */
    static final String MATCHING = """
            (i.stock_number::text like :prefix or lower(i.category || ' ' || coalesce(i.description, '') || ' '
             || coalesce(i.serial_number, '') || ' ' || coalesce(i.vendor_invoice_ref, '')) like :pattern)""";

    private final JdbcClient jdbc;
    private final ItemSearchEntries searchEntries;

    Items(JdbcClient jdbc, ItemSearchEntries searchEntries) {
        this.jdbc = jdbc;
        this.searchEntries = searchEntries;
    }

    private static String from(Family family) {
        return " from item i join " + FamilyTables.table(family) + " f on f.tenant_id = i.tenant_id and f.item_id = i.id ";
    }

    public Optional<Item> find(ItemId id) {
        Optional<Character> family = jdbc.sql("select family from item where id = ?").param(id.value())
                .query((rs, n) -> rs.getString(1).charAt(0)).optional();
        return family.flatMap(code -> {
            Family f = Family.ofCode(code);
            return jdbc.sql("select " + ITEM_COLUMNS + ", f.*" + from(f) + "where i.id = ?").param(id.value())
                    .query((rs, n) -> map(f, rs)).optional();
        });
    }

    public Item get(ItemId id) {
        return find(id).orElseThrow(() -> new RecordNotFound("Item", id));
    }

    /** The item a scanned or typed StockID names. */
    public Optional<Item> findByStockId(String stockId) {
        if (stockId == null || !stockId.trim().matches("\\d{1,18}")) return Optional.empty();
        return jdbc.sql("select id from item where stock_number = ?").param(Long.parseLong(stockId.trim()))
                .query(Long.class).optional().flatMap(id -> find(new ItemId(id)));
    }

    /** Adds the item with quantities zero and the given StockID; the stock ledger then receives its quantity. */
    @Transactional
    ItemId add(Item item, long stockNumber) {
        Map<String, Object> params = params(item);
        params.put("stock_number", stockNumber);
        params.put("family", String.valueOf(item.family().code()));
        long id = jdbc.sql("""
                        insert into item (tenant_id, stock_number, family, store_id, category, vendor_id, description,
                                          serial_number, location, vendor_invoice_ref, notes, taxable, purchase_date, cost,
                                          price1, price2, price3, retail_price, carats)
                        values (jt_current_tenant(), :stock_number, :family, :store_id, :category, :vendor_id, :description,
                                :serial_number, :location, :vendor_invoice_ref, :notes, :taxable, :purchase_date, :cost,
                                :price1, :price2, :price3, :retail_price, case when :stone then 0 end)
                        returning id""")
                .params(params).query(Long.class).single();
        writeDetails(new ItemId(id), item.details(), true);
        return new ItemId(id);
    }

    /** Saves what an edit may change; StockID, family and quantities are not among it. */
    @Transactional
    public void update(Item item) {
        Map<String, Object> params = params(item);
        params.put("id", item.id().value());
        int updated = jdbc.sql("""
                        update item set store_id = :store_id, category = :category, vendor_id = :vendor_id,
                               description = :description, serial_number = :serial_number, location = :location,
                               vendor_invoice_ref = :vendor_invoice_ref, notes = :notes, taxable = :taxable,
                               purchase_date = :purchase_date, cost = :cost, price1 = :price1, price2 = :price2,
                               price3 = :price3, retail_price = :retail_price, updated_at = now()
                        where id = :id""")
                .params(params).update();
        if (updated == 0) throw new RecordNotFound("Item", item.id());
        writeDetails(item.id(), item.details(), false);
        reindex(item.id());
    }

    /** Rewrites the item's search entry; its status follows the quantities, so the stock ledger calls it too. */
    void reindex(ItemId id) {
        searchEntries.reindex(get(id));
    }

    /** One page of one family's list; the query's conditions and order come from the list's definition. */
    public Paged<Item> page(Family family, ListQuery query) {
        Map<String, Object> params = searchParams(query.search());
        String where = where(query);
        long total = jdbc.sql("select count(*)" + from(family) + "where " + where).params(params).query(Long.class).single();
        params.put("limit", query.size());
        params.put("offset", query.offset());
        List<Item> rows = jdbc.sql("select " + ITEM_COLUMNS + ", f.*" + from(family) + "where " + where + " order by "
                        + query.orderBy() + " limit :limit offset :offset")
                .params(params).query((rs, n) -> map(family, rs)).list();
        return new Paged<>(rows, query.page(), query.size(), total);
    }

    public void each(Family family, ListQuery query, Consumer<? super Item> row) {
        jdbc.sql("select " + ITEM_COLUMNS + ", f.*" + from(family) + "where " + where(query) + " order by " + query.orderBy())
                .params(searchParams(query.search()))
                .query((RowCallbackHandler) rs -> row.accept(map(family, rs)));
    }

    private static String where(ListQuery query) {
        List<String> conditions = new ArrayList<>(query.conditions());
        if (query.search() != null && !query.search().isBlank()) conditions.add(MATCHING);
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }

    private static Map<String, Object> searchParams(String text) {
        Map<String, Object> params = new HashMap<>();
        String search = text == null ? "" : text.trim().toLowerCase();
        String escaped = search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        params.put("pattern", "%" + escaped + "%");
        params.put("prefix", escaped + "%");
        return params;
    }

    private void writeDetails(ItemId id, FamilyDetails details, boolean insert) {
        refuseTakenCertificate(id, details);
        Map<String, Object> columns = new HashMap<>(details.columns());
        String table = FamilyTables.table(details.family());
        List<String> names = List.copyOf(columns.keySet());
        columns.put("item_id", id.value());
        String sql = insert
                ? "insert into " + table + " (tenant_id, item_id, " + String.join(", ", names) + ") values (jt_current_tenant(), :item_id, :"
                        + String.join(", :", names) + ")"
                : "update " + table + " set " + String.join(", ", names.stream().map(n -> n + " = :" + n).toList())
                        + " where item_id = :item_id";
        jdbc.sql(sql).params(columns).update();
    }

    /** One certificate number per lab (issue 5, bad input); the unique index stands behind this friendlier check. */
    private void refuseTakenCertificate(ItemId id, FamilyDetails details) {
        String lab = switch (details) {
            case DiamondDetails d -> d.lab();
            case ColoredStoneDetails c -> c.lab();
            default -> null;
        };
        String number = switch (details) {
            case DiamondDetails d -> d.certNumber();
            case ColoredStoneDetails c -> c.certNumber();
            default -> null;
        };
        if (number == null || lab == null || lab.equals("NONE") || lab.equals("OTHER")) return;
        String table = FamilyTables.table(details.family());
        jdbc.sql("select i.stock_number from " + table + " f join item i on i.tenant_id = f.tenant_id and i.id = f.item_id"
                        + " where f.lab = ? and upper(f.cert_number) = upper(?) and f.item_id <> ?")
                .params(lab, number, id.value()).query(Long.class).optional()
                .ifPresent(other -> {
                    throw new com.jeweltrak.platform.BusinessRuleViolated("certNumber", lab + " certificate " + number
                            + " is already on StockID " + other + ".");
                });
    }

    private static Map<String, Object> params(Item item) {
        Map<String, Object> p = new HashMap<>();
        p.put("store_id", item.store().value());
        p.put("category", item.category());
        p.put("vendor_id", item.vendor() == null ? null : item.vendor().value());
        p.put("description", item.description());
        p.put("serial_number", item.identifiers().serialNumber());
        p.put("location", item.identifiers().location());
        p.put("vendor_invoice_ref", item.identifiers().vendorInvoiceRef());
        p.put("notes", item.identifiers().notes());
        p.put("taxable", item.taxable());
        p.put("purchase_date", item.purchaseDate());
        p.put("cost", item.cost());
        p.put("price1", item.prices().price1());
        p.put("price2", item.prices().price2());
        p.put("price3", item.prices().price3());
        p.put("retail_price", item.prices().retail());
        p.put("stone", item.family().isStone());
        return p;
    }

    static Item map(Family family, ResultSet rs) throws SQLException {
        long vendor = rs.getLong("vendor_id");
        boolean noVendor = rs.wasNull();
        return new Item(new ItemId(rs.getLong("id")), rs.getLong("stock_number"), new StoreId(rs.getLong("store_id")),
                rs.getString("category"), noVendor ? null : new ContactId(vendor), rs.getString("description"),
                new Item.Identifiers(rs.getString("serial_number"), rs.getString("location"),
                        rs.getString("vendor_invoice_ref"), rs.getString("notes")),
                rs.getBoolean("taxable"), rs.getObject("purchase_date", java.time.LocalDate.class), rs.getBigDecimal("cost"),
                new Item.Prices(rs.getBigDecimal("price1"), rs.getBigDecimal("price2"), rs.getBigDecimal("price3"),
                        rs.getBigDecimal("retail_price")),
                new Item.Quantities(rs.getBigDecimal("in_stock"), rs.getBigDecimal("on_memo"), rs.getBigDecimal("carats")),
                FamilyTables.read(family, rs));
    }
}
