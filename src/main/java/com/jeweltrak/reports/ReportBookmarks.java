package com.jeweltrak.reports;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's Pinned reports (the star on a tile toggles it) and their Recently viewed ones, most recent first, the
 * newest {@value #RECENT} kept (09-reports §2 R2). Keys only: the landing page matches them to the declared reports, so a
 * report withdrawn from the code simply stops showing.
 */
@Repository
@Transactional
public class ReportBookmarks {

    public static final int RECENT = 8;

    private final JdbcClient jdbc;
    private final Clock clock;

    ReportBookmarks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stars or un-stars the report; answers whether it is pinned now. */
    public boolean togglePin(UserId user, String reportKey) {
        int removed = jdbc.sql("delete from report_pin where user_id = ? and report_key = ?")
                .params(user.value(), reportKey).update();
        if (removed > 0) return false;
        jdbc.sql("insert into report_pin (tenant_id, user_id, report_key, pinned_at) values (?, ?, ?, ?)")
                .params(TenantContext.requireTenant().value(), user.value(), reportKey, now()).update();
        return true;
    }

    @Transactional(readOnly = true)
    public List<String> pinned(UserId user) {
        return jdbc.sql("select report_key from report_pin where user_id = ? order by pinned_at, report_key")
                .param(user.value()).query(String.class).list();
    }

    /** Records an opening of the report; only the person's newest {@value #RECENT} openings stay. */
    public void viewed(UserId user, String reportKey) {
        jdbc.sql("""
                        insert into report_view (tenant_id, user_id, report_key, viewed_at) values (?, ?, ?, ?)
                        on conflict (tenant_id, user_id, report_key) do update set viewed_at = excluded.viewed_at""")
                .params(TenantContext.requireTenant().value(), user.value(), reportKey, now()).update();
        jdbc.sql("""
                        delete from report_view v where v.user_id = :user and v.report_key not in (
                            select k.report_key from report_view k where k.user_id = :user
                            order by k.viewed_at desc, k.report_key limit :keep)""")
                .param("user", user.value()).param("keep", RECENT).update();
    }

    /** The last reports the person opened, most recent first. */
    @Transactional(readOnly = true)
    public List<String> recent(UserId user) {
        return jdbc.sql("select report_key from report_view where user_id = ? order by viewed_at desc, report_key limit ?")
                .params(user.value(), RECENT).query(String.class).list();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
