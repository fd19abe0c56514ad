package com.jeweltrak.support;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.ItemMarks;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stands in for another module's marks (partnerships' "P") so inventory and sales can test where marks render: an
 * item whose description contains {@value #MARKER} gets a "T" mark — no other test's item does. One query per call,
 * as every implementation must; {@link #calls} counts the calls per tenant so a test can see a page asks once.
 */
@Component
public class TestItemMarks implements ItemMarks {

    public static final String MARKER = "[co-owned test]";
    public static final Mark MARK = new Mark("T", "Co-owned (test)", "text-bg-info");
    private static final Map<TenantId, AtomicInteger> CALLS = new ConcurrentHashMap<>();

    private final JdbcClient jdbc;

    TestItemMarks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static int calls(TenantId tenant) {
        return CALLS.computeIfAbsent(tenant, t -> new AtomicInteger()).get();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<ItemId, List<Mark>> marksFor(Collection<ItemId> items) {
        TenantContext.currentTenant().ifPresent(t -> CALLS.computeIfAbsent(t, x -> new AtomicInteger()).incrementAndGet());
        Long[] ids = items.stream().map(ItemId::value).toArray(Long[]::new);
        return jdbc.sql("select id from item where id = any(:ids) and strpos(coalesce(description, ''), :marker) > 0")
                .param("ids", ids).param("marker", MARKER).query(Long.class).list().stream()
                .collect(Collectors.toMap(ItemId::new, id -> List.of(MARK)));
    }
}
