package com.jeweltrak.platform.database;

import javax.sql.DataSource;

import com.jeweltrak.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * issue 12 §2 (the benchmark: Gross Profit for a year took 1.6 s for its first five runs, then 4.1 s every time once
 * PostgreSQL switched the prepared statement to a generic plan): the application's connections plan each statement
 * for its own values.
 */
@IntegrationTest
class StatementPlanningTests {

    // design §4 (one schema, tenants of any size) + issue 12 §2
    @Test
    void everyApplicationConnectionPlansEachStatementForItsOwnValues(@Autowired DataSource dataSource) {
        JdbcTemplate sql = new JdbcTemplate(dataSource);
        for (int i = 0; i < 12; i++) {
            assertThat(sql.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
        }
    }
}
