package com.jeweltrak.platform.picklists;

import java.util.List;

import com.jeweltrak.platform.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one write every list operation comes down to: every record holding one of the old texts gets
 * the new one, in each usage column, and the list keeps the new text instead of the old ones. The SQL
 * is built only from the declaration's checked identifiers; the texts are parameters. Each changed
 * row is audited by its table's trigger under the request id.
 */
@Component
class Rewriting {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Rewriting(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    long rewrite(PickList list, List<String> from, String to) {
        long records = 0;
        for (PickList.Usage usage : list.usages()) {
            records += jdbc.sql("update " + usage.quotedTable() + " set " + usage.quotedColumn() + " = ? where "
                            + usage.quotedColumn() + " = any(?)")
                    .params(to, texts(from)).update();
        }
        int forgotten = jdbc.sql("delete from pick_list_value where list_key = ? and value = any(?)")
                .params(list.key(), texts(from)).update();
        if (forgotten > 0) {
            // a survivor found only in records may be longer than the list keeps: the records still carry it
            jdbc.sql("""
                            insert into pick_list_value (tenant_id, list_key, value)
                            select ?, ?, ? where length(btrim(?)) between 1 and 200
                            on conflict do nothing""")
                    .params(TenantContext.requireTenant().value(), list.key(), to, to).update();
        }
        events.publishEvent(new ValuesRewritten(list, List.copyOf(from), to, records));
        return records;
    }

    /** Forgets a value no record holds. */
    @Transactional(propagation = Propagation.MANDATORY)
    int forget(PickList list, String value) {
        return jdbc.sql("delete from pick_list_value where list_key = ? and value = ?").params(list.key(), value).update();
    }

    private static String[] texts(List<String> values) {
        return values.toArray(String[]::new);
    }
}
