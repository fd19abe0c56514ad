package com.jeweltrak.platform.mail;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbox's settings. {@code from} is the installation's sending identity (JEWELTRAK_MAIL_FROM);
 * the SMTP server itself is Spring's {@code spring.mail.*}, fed from JEWELTRAK_SMTP_*.
 *
 * @param backoff wait after the 1st, 2nd, … failed attempt; the last value repeats
 */
@ConfigurationProperties("jeweltrak.mail")
record MailProperties(
        @DefaultValue("JewelTrak <no-reply@jeweltrak.local>") String from,
        @DefaultValue("15s") Duration deliveryInterval,
        @DefaultValue("50") int batchSize,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue({"1m", "5m", "15m", "1h", "3h", "6h", "12h"}) List<Duration> backoff) {

    Duration backoffAfter(int attempts) {
        return backoff.get(Math.min(Math.max(attempts, 1), backoff.size()) - 1);
    }
}
