package com.jeweltrak.platform.numbering;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's human numbers (StockID, and later invoice, memo and work-order numbers): the next one is taken
 * in the transaction that creates the record, so a rolled-back record leaves no gap and a number is never
 * handed out twice — the row lock serialises concurrent takers (decision 12).
 */
@Component
public class NumberSequences {

    private final JdbcClient jdbc;

    NumberSequences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of the named sequence, starting at 1 (or after {@code startAfter} for a new sequence). */
    @Transactional(propagation = Propagation.MANDATORY)
    public long next(String name, long startAfter) {
        return jdbc.sql("""
                        insert into number_sequence (tenant_id, name, last_value) values (jt_current_tenant(), ?, ? + 1)
                        on conflict (tenant_id, name) do update set last_value = number_sequence.last_value + 1
                        returning last_value""")
                .params(name, startAfter).query(Long.class).single();
    }
}
