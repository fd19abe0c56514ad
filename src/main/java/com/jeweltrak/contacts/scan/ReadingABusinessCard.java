package com.jeweltrak.contacts.scan;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Scan a business card (07-contacts R1–R3, R7): reads a card photo and returns the recognised fields for
 * the New Contact or Edit page to pre-fill. Nothing is saved and the photo is not kept.
 * <p>
 * At most two cards are read at once (OCR takes a core for a second or two and the server is small); a
 * third waits briefly, then is told to try again. Failures are {@link CardImageUnreadable} (not a photo,
 * over 10 MB, too slow to read) or {@link CardScanningUnavailable} (no engine installed, or busy), both
 * business-rule refusals with a message for the user, never a server error.
 */
@Service
public class ReadingABusinessCard {

    private static final Logger log = LoggerFactory.getLogger(ReadingABusinessCard.class);
    static final int AT_ONCE = 2;
    private static final Duration WAIT_FOR_A_READER = Duration.ofSeconds(3);
    private static final Duration TIME_LIMIT = Duration.ofSeconds(20);

    private final TesseractEngine engine;
    private final Semaphore readers = new Semaphore(AT_ONCE, true);
    private final Duration waitForAReader;
    private final Duration timeLimit;

    @Autowired
    ReadingABusinessCard(TesseractEngine engine) {
        this(engine, WAIT_FOR_A_READER, TIME_LIMIT);
    }

    ReadingABusinessCard(TesseractEngine engine, Duration waitForAReader, Duration timeLimit) {
        this.engine = engine;
        this.waitForAReader = waitForAReader;
        this.timeLimit = timeLimit;
    }

    /** Whether this server can read cards at all (the page may hide "Scan card" when not). */
    public boolean available() {
        return engine.available();
    }

    public ScannedCard read(byte[] image) {
        if (!engine.available()) {
            throw CardScanningUnavailable.engineMissing();
        }
        acquireReader();
        try {
            long started = System.nanoTime();
            BufferedImage photo = CardPhoto.prepare(image);
            String text = engine.read(photo, timeLimit);
            ScannedCard card = BusinessCardParser.parse(text);
            log.info("Read a business card ({} KB, {}x{} px) in {} ms; {}", image.length / 1024, photo.getWidth(),
                    photo.getHeight(), (System.nanoTime() - started) / 1_000_000,
                    card.isEmpty() ? "nothing recognised" : "fields recognised");
            return card;
        } finally {
            readers.release();
        }
    }

    private void acquireReader() {
        try {
            if (!readers.tryAcquire(waitForAReader.toMillis(), TimeUnit.MILLISECONDS)) {
                throw CardScanningUnavailable.busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CardScanningUnavailable.busy();
        }
    }
}
