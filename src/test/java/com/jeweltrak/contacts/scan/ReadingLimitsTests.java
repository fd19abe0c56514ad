package com.jeweltrak.contacts.scan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jeweltrak.support.BusinessCardImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The limits that keep OCR from taking the server over; run on the real engine. */
class ReadingLimitsTests {

    private final TesseractEngine engine = new TesseractEngine(
            System.getenv().getOrDefault("JEWELTRAK_TESSDATA", "/usr/share/tesseract-ocr/5/tessdata"));

    @AfterEach
    void closeEngine() {
        engine.destroy();
    }

    @Test
    void aCardThatTakesLongerThanTheTimeLimitIsRefusedWithAMessage() {
        // 07-contacts §Scan a business card R2 (a refusal the user can act on, not a hung request)
        ReadingABusinessCard reading = new ReadingABusinessCard(engine, Duration.ofSeconds(3), Duration.ofMillis(1));

        assertThatThrownBy(() -> reading.read(BusinessCardImages.samplePng()))
                .isInstanceOf(CardImageUnreadable.class)
                .hasMessageContaining("took too long");
    }

    @Test
    void aThirdCardWhileTwoAreBeingReadIsToldToTryAgain() throws Exception {
        // 07-contacts §Scan a business card R2 (two cards at once on a two-core server; the third is refused politely)
        ReadingABusinessCard reading = new ReadingABusinessCard(engine, Duration.ZERO, Duration.ofSeconds(20));
        byte[] card = BusinessCardImages.samplePng();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                outcomes.add(threads.submit(() -> {
                    start.await();
                    try {
                        return reading.read(card).lastName();
                    } catch (CardScanningUnavailable e) {
                        return e.temporary() ? "busy" : "unavailable";
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }

            assertThat(results).containsExactlyInAnyOrder("Hartley", "Hartley", "busy");
        } finally {
            threads.shutdownNow();
        }
    }
}
