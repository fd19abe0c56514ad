package com.jeweltrak.platform.picklists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The values of a list (R2): those the list stores and every distinct non-blank value records hold in
 * its usage columns — records may carry values typed before the list kept them — each with the
 * number of records holding exactly that text. Row-level security keeps every count to the tenant.
 */
@Component
@Transactional(readOnly = true)
public class PickListValues {

    private final JdbcClient jdbc;

    PickListValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every value, ordered as people read them (ignoring case), near-duplicates flagged. */
    public List<PickListValue> of(PickList list) {
        Map<String, Long> uses = new TreeMap<>();
        for (PickList.Usage usage : list.usages()) {
            jdbc.sql("select " + usage.quotedColumn() + ", count(*) from " + usage.quotedTable()
                            + " where btrim(coalesce(" + usage.quotedColumn() + ", '')) <> '' group by 1")
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                    .forEach(e -> uses.merge(e.getKey(), e.getValue(), Long::sum));
        }
        List<String> stored = stored(list);
        stored.forEach(v -> uses.putIfAbsent(v, 0L));
        Map<String, List<String>> byNormalized = uses.keySet().stream()
                .collect(Collectors.groupingBy(PickListValue::normalized));
        List<PickListValue> values = new ArrayList<>();
        uses.forEach((value, count) -> values.add(new PickListValue(value, count, stored.contains(value),
                byNormalized.get(PickListValue.normalized(value)).stream().filter(v -> !v.equals(value)).toList())));
        values.sort(java.util.Comparator.comparing((PickListValue v) -> PickListValue.normalized(v.value()))
                .thenComparing(PickListValue::value));
        return values;
    }

    /** The value exactly as the list has it, or 404 (the value is not echoed: it may have come from anyone). */
    public PickListValue get(PickList list, String value) {
        return in(of(list), list, value);
    }

    /** The same, among values already read, so that a use case naming several values reads the list once. */
    static PickListValue in(List<PickListValue> values, PickList list, String value) {
        return values.stream().filter(v -> v.value().equals(value)).findFirst()
                .orElseThrow(() -> new RecordNotFound("That value of the list", list.key()));
    }

    /**
     * What an EditCombo field calls when someone types a value the list does not have yet: the list
     * keeps it (trimmed). A spelling that differs only in case or spaces from a kept one is not kept twice.
     */
    @Transactional
    public void remember(PickList list, String value) {
        if (value == null || value.isBlank()) return;
        jdbc.sql("insert into pick_list_value (tenant_id, list_key, value) values (?, ?, ?) on conflict do nothing")
                .params(TenantContext.requireTenant().value(), list.key(), value.strip()).update();
    }

    List<String> stored(PickList list) {
        return jdbc.sql("select value from pick_list_value where list_key = ? order by value")
                .param(list.key()).query(String.class).list();
    }
}
