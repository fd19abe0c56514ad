package com.jeweltrak.platform.mail;

import java.util.Objects;

/**
 * A mail to queue. {@code replyTo} may be null: the outbox then answers with the store's e-mail
 * (12-online §Email From Identity R3: the shop's address as Reply-To). {@code relatedType} and
 * {@code relatedId} name the record the mail is about (e.g. "contact", 42), for its history.
 */
public record OutgoingMail(String toAddress, String toName, String replyTo, String subject, String textBody,
                           String htmlBody, String kind, String relatedType, Long relatedId) {

    public OutgoingMail {
        Objects.requireNonNull(toAddress, "toAddress");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(textBody, "textBody");
        Objects.requireNonNull(kind, "kind");
    }

    public static OutgoingMail text(String toAddress, String toName, String subject, String textBody, String kind) {
        return new OutgoingMail(toAddress, toName, null, subject, textBody, null, kind, null, null);
    }

    public OutgoingMail about(String type, long id) {
        return new OutgoingMail(toAddress, toName, replyTo, subject, textBody, htmlBody, kind, type, id);
    }

    public OutgoingMail replyTo(String address) {
        return new OutgoingMail(toAddress, toName, address, subject, textBody, htmlBody, kind, relatedType, relatedId);
    }
}
