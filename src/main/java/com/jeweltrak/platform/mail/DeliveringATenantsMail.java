package com.jeweltrak.platform.mail;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.jeweltrak.platform.files.FileId;
import com.jeweltrak.platform.files.OpenedFile;
import com.jeweltrak.platform.files.StoredFiles;
import com.jeweltrak.platform.tenancy.Organizations;
import com.jeweltrak.platform.tenancy.Organization;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers the current tenant's due mail. Rows are claimed {@code for update skip locked}, so two
 * application instances (or two overlapping runs) never send the same mail twice. A failure counts an
 * attempt and waits longer each time; after the last attempt the mail is FAILED with its error kept.
 */
@Component
class DeliveringATenantsMail {

    private record Due(long id, String to, String toName, String replyTo, String subject, String text, String html,
                       int attempts, Long attachment) {
    }

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final MailProperties properties;
    private final StoredFiles files;

    DeliveringATenantsMail(JdbcClient jdbc, Organizations organizations, MailProperties properties, StoredFiles files) {
        this.jdbc = jdbc;
        this.files = files;
        this.organizations = organizations;
        this.properties = properties;
    }

    @Transactional
    public int deliver(MailServer server, Instant now) {
        JavaMailSender sender = server.sender().orElseThrow();
        InternetAddress from = server.fromFor(organizations.current().map(Organization::name).orElse(null));
        List<Due> due = jdbc.sql("""
                        select id, to_address, to_name, reply_to, subject, text_body, html_body, attempts, attachment_file_id
                        from mail_outbox where status = 'QUEUED' and next_attempt_at <= ?
                        order by next_attempt_at, id limit ? for update skip locked""")
                .params(at(now), properties.batchSize())
                .query((rs, n) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), (Long) rs.getObject(9)))
                .list();
        int sent = 0;
        for (Due mail : due) {
            try {
                sender.send(message(sender, from, mail));
                jdbc.sql("update mail_outbox set status = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = null where id = ?")
                        .params(at(now), mail.id()).update();
                sent++;
            } catch (MailException | MessagingException | java.io.UnsupportedEncodingException e) {
                failed(mail, e, now);
            }
        }
        return sent;
    }

    private void failed(Due mail, Exception e, Instant now) {
        int attempts = mail.attempts() + 1;
        String error = describe(e);
        if (attempts >= properties.maxAttempts()) {
            jdbc.sql("update mail_outbox set status = 'FAILED', attempts = ?, last_error = ? where id = ?")
                    .params(attempts, error, mail.id()).update();
        } else {
            jdbc.sql("update mail_outbox set attempts = ?, last_error = ?, next_attempt_at = ? where id = ?")
                    .params(attempts, error, at(now.plus(properties.backoffAfter(attempts))), mail.id()).update();
        }
    }

    private MimeMessage message(JavaMailSender sender, InternetAddress from, Due mail)
            throws MessagingException, java.io.UnsupportedEncodingException {
        MimeMessage message = sender.createMimeMessage();
        List<Long> attachments = new java.util.ArrayList<>();
        if (mail.attachment() != null) attachments.add(mail.attachment());
        attachments.addAll(jdbc.sql("select file_id from mail_outbox_attachment where mail_id = ? order by position")
                .param(mail.id()).query(Long.class).list());
        MimeMessageHelper helper = new MimeMessageHelper(message, mail.html() != null || !attachments.isEmpty(), "UTF-8");
        helper.setFrom(from);
        if (mail.toName() == null || mail.toName().isBlank()) {
            helper.setTo(mail.to());
        } else {
            helper.setTo(new InternetAddress(mail.to(), mail.toName(), "UTF-8"));
        }
        if (mail.replyTo() != null && !mail.replyTo().isBlank()) helper.setReplyTo(mail.replyTo());
        helper.setSubject(mail.subject());
        if (mail.html() != null) {
            helper.setText(mail.text(), mail.html());
        } else {
            helper.setText(mail.text());
        }
        for (Long attachment : attachments) {
            OpenedFile file = files.open(new FileId(attachment));
            helper.addAttachment(file.file().fileName(), new ByteArrayResource(file.bytes()), file.file().contentType());
        }
        return message;
    }

    /** The error as a person can read it on the outbox page: the deepest cause's message, kept short. */
    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String text = e.getClass().getSimpleName() + ": " + (e.getMessage() == null ? "" : e.getMessage())
                + (root == e ? "" : " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")");
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
