package com.jeweltrak.services.web;

import com.jeweltrak.platform.tenancy.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** 03-services §1 R1: the Board/List view each person chose last; the Board until they choose. */
@Component
class WorkOrderViewPreference {

    static final String BOARD = "board";
    static final String LIST = "list";

    private final JdbcClient jdbc;

    WorkOrderViewPreference(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    String of(UserId user) {
        return jdbc.sql("select view from work_order_view_preference where user_id = ?").param(user.value())
                .query(String.class).optional().orElse(BOARD);
    }

    @Transactional
    void choose(UserId user, String view) {
        jdbc.sql("""
                        insert into work_order_view_preference (tenant_id, user_id, view) values (jt_current_tenant(), ?, ?)
                        on conflict (tenant_id, user_id) do update set view = excluded.view""")
                .params(user.value(), view).update();
    }
}
