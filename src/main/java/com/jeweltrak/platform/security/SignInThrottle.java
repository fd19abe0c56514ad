package com.jeweltrak.platform.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after too many failures for one e-mail, or from one address, within
 * the window, sign-in is refused — with the same generic message as a wrong password, so an
 * attacker learns nothing. Kept in PostgreSQL, so every app node sees the same count.
 */
@Component
class SignInThrottle {

    static final int MAX_FAILURES_PER_ACCOUNT = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 30;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean blocked(String email, String address) {
        return failuresSinceLastSuccess(accountKey(email)) >= MAX_FAILURES_PER_ACCOUNT
                || failuresSinceLastSuccess(addressKey(address)) >= MAX_FAILURES_PER_ADDRESS;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String email, String address, boolean succeeded) {
        Instant now = clock.instant();
        for (String subject : new String[] {accountKey(email), addressKey(address)}) {
            jdbc.sql("insert into login_attempt (subject, attempted_at, succeeded) values (?, ?, ?)")
                    .params(subject, Timestamp.from(now), succeeded).update();
        }
        jdbc.sql("delete from login_attempt where attempted_at < ?").param(Timestamp.from(now.minus(WINDOW.multipliedBy(4))))
                .update();
    }

    private long failuresSinceLastSuccess(String subject) {
        Timestamp since = Timestamp.from(clock.instant().minus(WINDOW));
        return jdbc.sql("""
                        select count(*) from login_attempt a
                        where a.subject = :subject and not a.succeeded and a.attempted_at >= :since
                          and a.attempted_at > coalesce((select max(s.attempted_at) from login_attempt s
                                                         where s.subject = :subject and s.succeeded), '-infinity')""")
                .param("subject", subject).param("since", since).query(Long.class).single();
    }

    private static String accountKey(String email) {
        return "email:" + (email == null ? "" : email.trim().toLowerCase());
    }

    private static String addressKey(String address) {
        return "addr:" + address;
    }
}
