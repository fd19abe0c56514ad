package com.jeweltrak.platform.mail;

import java.io.UnsupportedEncodingException;
import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The SMTP server mail goes out through, if one is configured. With no host set there is nothing to
 * send with: mail stays queued (never pretended sent) and the outbox page says so.
 */
@Component
public class MailServer {

    private final JavaMailSender sender;
    private final InternetAddress from;

    @Autowired
    MailServer(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host, MailProperties properties) {
        this(StringUtils.hasText(host) ? sender.getIfAvailable() : null, properties.from());
    }

    MailServer(JavaMailSender sender, String from) {
        this.sender = sender;
        try {
            this.from = new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalStateException("JEWELTRAK_MAIL_FROM is not an e-mail address: " + from, e);
        }
    }

    /** No server: for tests of what happens when SMTP is not configured. */
    static MailServer notConfigured(String from) {
        return new MailServer((JavaMailSender) null, from);
    }

    public boolean configured() {
        return sender != null;
    }

    Optional<JavaMailSender> sender() {
        return Optional.ofNullable(sender);
    }

    /**
     * The From of a tenant's mail: the installation's sending address with the shop's name shown
     * (12-online §Email From Identity R3 — no unverified shop domain is ever put in From).
     */
    InternetAddress fromFor(String shopName) {
        if (!StringUtils.hasText(shopName)) return from;
        try {
            return new InternetAddress(from.getAddress(), shopName, "UTF-8");
        } catch (UnsupportedEncodingException e) {
            return from;
        }
    }
}
