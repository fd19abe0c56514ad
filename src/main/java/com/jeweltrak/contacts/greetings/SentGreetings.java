package com.jeweltrak.contacts.greetings;

import java.time.LocalDate;
import java.util.List;

import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.mail.MailStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The greetings a contact was sent, newest first, with whether the mail has gone out yet. */
@Component
public class SentGreetings {

    public record Sent(GreetingKind kind, int year, LocalDate sentOn, MailStatus mailStatus) {
    }

    private final JdbcClient jdbc;

    SentGreetings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Another tenant's contact is not found (RLS hides it), like one that never existed. */
    @Transactional(readOnly = true)
    public List<Sent> of(long contactId) {
        boolean exists = jdbc.sql("select exists (select 1 from contact where id = ?)").params(contactId)
                .query(Boolean.class).single();
        if (!exists) throw new RecordNotFound("contact", contactId);
        return jdbc.sql("""
                        select g.kind, g.year, g.sent_on, m.status
                        from greeting_sent g join mail_outbox m on m.id = g.outbox_id
                        where g.contact_id = ? order by g.sent_on desc, g.id desc""")
                .params(contactId)
                .query((rs, n) -> new Sent(GreetingKind.valueOf(rs.getString(1)), rs.getInt(2),
                        rs.getObject(3, LocalDate.class), MailStatus.valueOf(rs.getString(4))))
                .list();
    }
}
