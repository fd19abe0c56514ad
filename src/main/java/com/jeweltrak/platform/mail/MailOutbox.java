package com.jeweltrak.platform.mail;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.jeweltrak.platform.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues mail for delivery by the outbox job. It joins the caller's transaction and refuses to run
 * without one, so a mail exists exactly when the business change that caused it committed — and an
 * SMTP server that is down or slow never holds up or fails the person who caused it.
 */
@Component
public class MailOutbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    MailOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Queues the mail in the current tenant's outbox and answers its id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(OutgoingMail mail) {
        return enqueue(mail, java.util.List.of());
    }

    /** Queues the mail with one of the tenant's stored files attached (read when the mail is delivered). */
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(OutgoingMail mail, com.jeweltrak.platform.files.FileId attachment) {
        return enqueue(mail, attachment == null ? java.util.List.of() : java.util.List.of(attachment));
    }

    /** Queues the mail with several of the tenant's stored files attached, each a file of its own, in this order. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(OutgoingMail mail, java.util.List<com.jeweltrak.platform.files.FileId> attachments) {
        com.jeweltrak.platform.files.FileId attachment = attachments.isEmpty() ? null : attachments.getFirst();
        long tenant = TenantContext.requireTenant().value();
        long id = jdbc.sql("""
                        insert into mail_outbox (tenant_id, to_address, to_name, reply_to, subject, text_body, html_body,
                                                 kind, related_type, related_id, next_attempt_at, attachment_file_id)
                        values (?, ?, ?, coalesce(?, (select s.email from store s where s.active and s.email like '%@%'
                                                      order by s.id limit 1)), ?, ?, ?, ?, ?, ?, ?, ?)
                        returning id""")
                .params(tenant, mail.toAddress().trim(), mail.toName(), mail.replyTo(), mail.subject(), mail.textBody(),
                        mail.htmlBody(), mail.kind(), mail.relatedType(), mail.relatedId(),
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                        attachment == null ? null : attachment.value())
                .query(Long.class).single();
        for (int i = 1; i < attachments.size(); i++) {
            jdbc.sql("insert into mail_outbox_attachment (tenant_id, mail_id, file_id, position) values (?, ?, ?, ?)")
                    .params(tenant, id, attachments.get(i).value(), i).update();
        }
        return id;
    }
}
