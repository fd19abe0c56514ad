package com.jeweltrak.support;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server in-process (GreenMail) on the port the application's mail sender was given
 * (a random one, see application-test.properties), so tests can stop it to play "SMTP is down".
 */
public final class TestSmtp implements AutoCloseable {

    private final int port;
    private GreenMail server;

    private TestSmtp(int port) {
        this.port = port;
    }

    public static TestSmtp startedFor(JavaMailSender sender) {
        TestSmtp smtp = new TestSmtp(((JavaMailSenderImpl) sender).getPort());
        smtp.start();
        return smtp;
    }

    public void start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    public void stop() {
        if (server != null) server.stop();
        server = null;
    }

    /** The messages received so far addressed to the given recipient. */
    public List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().toLowerCase().contains(address.toLowerCase()));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
