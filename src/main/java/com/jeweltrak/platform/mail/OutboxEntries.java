package com.jeweltrak.platform.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.lists.ListQuery;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's outbox as people see it (Utilities → Mail Outbox), and "Retry now" for failed mail. */
@Component
public class OutboxEntries {

    public record Entry(long id, String toAddress, String toName, String subject, String kind, MailStatus status,
                        int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {
    }

    /** Newest first: what someone checking "did it go out?" looks for. */
    public static final String DEFAULT_ORDER = "created_at desc";

    private static final String COLUMNS = """
            id, to_address, to_name, subject, kind, status, attempts, next_attempt_at, last_error, created_at, sent_at""";
    private static final String MATCHING = "lower(to_address || ' ' || coalesce(to_name, '') || ' ' || subject) like ?";

    private final JdbcClient jdbc;
    private final Clock clock;

    OutboxEntries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Paged<Entry> page(ListQuery query) {
        String where = MATCHING + " and " + query.where();
        long total = jdbc.sql("select count(*) from mail_outbox where " + where).params(query.searchPattern())
                .query(Long.class).single();
        List<Entry> rows = jdbc.sql("select " + COLUMNS + " from mail_outbox where " + where + " order by "
                        + query.orderBy() + " limit ? offset ?")
                .params(query.searchPattern(), query.size(), query.offset()).query(OutboxEntries::map).list();
        return new Paged<>(rows, query.page(), query.size(), total);
    }

    @Transactional(readOnly = true)
    public void each(ListQuery query, Consumer<? super Entry> row) {
        jdbc.sql("select " + COLUMNS + " from mail_outbox where " + MATCHING + " and " + query.where()
                        + " order by " + query.orderBy())
                .withFetchSize(500).params(query.searchPattern())
                .query((RowCallbackHandler) rs -> row.accept(map(rs, 0)));
    }

    /**
     * Puts the given FAILED mails back in the queue, due now, for one more attempt; answers how many.
     * Mail that is queued or sent, or is not the tenant's, is left alone.
     */
    @Transactional
    public int retryNow(Set<Long> ids) {
        if (ids.isEmpty()) return 0;
        return jdbc.sql("update mail_outbox set status = 'QUEUED', next_attempt_at = :now where status = 'FAILED' and id in (:ids)")
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("ids", new ArrayList<>(ids)).update();
    }

    private static Entry map(ResultSet rs, int n) throws SQLException {
        return new Entry(rs.getLong("id"), rs.getString("to_address"), rs.getString("to_name"), rs.getString("subject"),
                rs.getString("kind"), MailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                instant(rs.getTimestamp("next_attempt_at")), rs.getString("last_error"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("sent_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
