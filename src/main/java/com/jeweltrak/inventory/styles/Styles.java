package com.jeweltrak.inventory.styles;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.Family;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.lists.ListQuery;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's style catalog. Styles live in their own table, so no inventory list or count can meet them (R1). */
@Repository
@Transactional(readOnly = true)
public class Styles {

    private static final String COLUMNS = """
            id, style_number, family, description, vendor_id, category, metal, karat, weight_min_g, weight_max_g,
            dimensions, default_cost, default_retail, notes, active""";
    private static final String MATCHING = """
            lower(style_number || ' ' || coalesce(description, '') || ' ' || coalesce(category, '')) like :pattern""";

    private final JdbcClient jdbc;

    Styles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Style> find(StyleId id) {
        return jdbc.sql("select " + COLUMNS + " from style where id = ?").param(id.value()).query(Styles::map).optional();
    }

    public Style get(StyleId id) {
        return find(id).orElseThrow(() -> new RecordNotFound("Style", id));
    }

    /** The catalog page: active styles first unless inactive ones are asked for too, by style number. */
    public Paged<Style> page(String search, boolean includeInactive, int page, int size) {
        Map<String, Object> params = search(search);
        String where = (includeInactive ? "true" : "active") + (params.containsKey("pattern") ? " and " + MATCHING : "");
        long total = jdbc.sql("select count(*) from style where " + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<Style> rows = jdbc.sql("select " + COLUMNS + " from style where " + where
                        + " order by active desc, lower(style_number) limit :limit offset :offset")
                .params(params).query(Styles::map).list();
        return new Paged<>(rows, page, size, total);
    }

    /** The order of the catalog list when no sort is asked for: active first, then by style number. */
    public static final String DEFAULT_ORDER = "active desc, lower(style_number)";

    /** One page of the catalog for the list component; its conditions and order are SQL of the list's definition. */
    public Paged<Style> page(ListQuery query) {
        Map<String, Object> params = new HashMap<>();
        params.put("pattern", query.searchPattern());
        String where = MATCHING + " and " + query.where();
        long total = jdbc.sql("select count(*) from style where " + where).params(params).query(Long.class).single();
        params.put("limit", query.size());
        params.put("offset", query.offset());
        List<Style> rows = jdbc.sql("select " + COLUMNS + " from style where " + where + " order by " + query.orderBy()
                        + " limit :limit offset :offset").params(params).query(Styles::map).list();
        return new Paged<>(rows, query.page(), query.size(), total);
    }

    /** Every style matching the query, in its order (exports). */
    public void each(ListQuery query, Consumer<? super Style> row) {
        jdbc.sql("select " + COLUMNS + " from style where " + MATCHING + " and " + query.where() + " order by " + query.orderBy())
                .param("pattern", query.searchPattern())
                .query((RowCallbackHandler) rs -> row.accept(map(rs, 0)));
    }

    /** The "From style" picker: active styles of the family only (R10), a few at a time. */
    public List<Style> pick(Family family, String search, int limit) {
        Map<String, Object> params = search(search);
        params.put("family", String.valueOf(family.code()));
        params.put("limit", limit);
        return jdbc.sql("select " + COLUMNS + " from style where active and family = :family"
                        + (params.containsKey("pattern") ? " and " + MATCHING : "") + " order by lower(style_number) limit :limit")
                .params(params).query(Styles::map).list();
    }

    /** How many items were made from the style. */
    public long itemCount(StyleId id) {
        return jdbc.sql("select count(*) from item where style_id = ?").param(id.value()).query(Long.class).single();
    }

    boolean numberTaken(String number, StyleId except) {
        return jdbc.sql("select exists (select 1 from style where lower(trim(style_number)) = lower(trim(?)) and id <> ?)")
                .params(number, except == null ? -1L : except.value()).query(Boolean.class).single();
    }

    @Transactional
    StyleId add(Style style) {
        Map<String, Object> params = params(style);
        return new StyleId(jdbc.sql("""
                        insert into style (tenant_id, style_number, family, description, vendor_id, category, metal, karat,
                                           weight_min_g, weight_max_g, dimensions, default_cost, default_retail, notes, active)
                        values (jt_current_tenant(), :number, :family, :description, :vendor, :category, :metal, :karat,
                                :min, :max, :dimensions, :cost, :retail, :notes, :active)
                        returning id""").params(params).query(Long.class).single());
    }

    @Transactional
    void update(StyleId id, Style style) {
        Map<String, Object> params = params(style);
        params.put("id", id.value());
        int updated = jdbc.sql("""
                        update style set style_number = :number, family = :family, description = :description,
                               vendor_id = :vendor, category = :category, metal = :metal, karat = :karat, weight_min_g = :min,
                               weight_max_g = :max, dimensions = :dimensions, default_cost = :cost,
                               default_retail = :retail, notes = :notes, active = :active, updated_at = now()
                        where id = :id""").params(params).update();
        if (updated == 0) throw new RecordNotFound("Style", id);
    }

    @Transactional
    void delete(StyleId id) {
        if (jdbc.sql("delete from style where id = ?").param(id.value()).update() == 0) throw new RecordNotFound("Style", id);
    }

    private static Map<String, Object> search(String text) {
        Map<String, Object> params = new HashMap<>();
        if (text != null && !text.isBlank()) {
            String escaped = text.trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            params.put("pattern", "%" + escaped + "%");
        }
        return params;
    }

    private static Map<String, Object> params(Style s) {
        Map<String, Object> params = new HashMap<>();
        params.put("number", s.styleNumber());
        params.put("family", String.valueOf(s.family().code()));
        params.put("description", s.description());
        params.put("vendor", s.vendor() == null ? null : s.vendor().value());
        params.put("category", s.category());
        params.put("metal", s.metal());
        params.put("karat", s.karat());
        params.put("min", s.weightMinGrams());
        params.put("max", s.weightMaxGrams());
        params.put("dimensions", s.dimensions());
        params.put("cost", s.defaultCost());
        params.put("retail", s.defaultRetail());
        params.put("notes", s.notes());
        params.put("active", s.active());
        return params;
    }

    private static Style map(ResultSet rs, int row) throws SQLException {
        ContactId vendor = rs.getObject("vendor_id") == null ? null : new ContactId(rs.getLong("vendor_id"));
        return new Style(new StyleId(rs.getLong("id")), rs.getString("style_number"),
                Family.ofCode(rs.getString("family").charAt(0)), rs.getString("description"), vendor,
                rs.getString("category"), rs.getString("metal"), rs.getString("karat"),
                rs.getBigDecimal("weight_min_g"), rs.getBigDecimal("weight_max_g"), rs.getString("dimensions"),
                rs.getBigDecimal("default_cost"), rs.getBigDecimal("default_retail"), rs.getString("notes"),
                rs.getBoolean("active"));
    }
}
