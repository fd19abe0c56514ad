package com.jeweltrak.contacts.scan;

import com.jeweltrak.support.BusinessCardImages;
import com.jeweltrak.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.jeweltrak.support.BusinessCardImages.SAMPLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reads generated card pictures through the real engine (Debian's tesseract-ocr must be installed). */
@IntegrationTest
class ReadingABusinessCardTests {

    @Autowired
    ReadingABusinessCard reading;

    @Test
    void aCardPhotoIsReadIntoContactFields() {
        // 07-contacts §Scan a business card R2
        long started = System.nanoTime();
        ScannedCard card = reading.read(BusinessCardImages.samplePng());
        System.out.printf("Business card scan through Tesseract took %d ms (first scan: loads the engine); read:%n%s%n",
                (System.nanoTime() - started) / 1_000_000, card.rawText());

        assertThat(card.firstName()).isEqualTo(SAMPLE.firstName());
        assertThat(card.lastName()).isEqualTo(SAMPLE.lastName());
        assertThat(card.jobTitle()).isEqualTo(SAMPLE.jobTitle());
        assertThat(card.company()).isEqualTo(SAMPLE.company());
        assertThat(card.email()).isEqualTo(SAMPLE.email());
        assertThat(card.workPhone()).isEqualTo(SAMPLE.workPhone());
        assertThat(card.mobilePhone()).isEqualTo(SAMPLE.mobilePhone());
        assertThat(card.addressLine1()).isEqualTo(SAMPLE.addressLine1());
        assertThat(card.city()).isEqualTo(SAMPLE.city());
        assertThat(card.region()).isEqualTo(SAMPLE.region());
        assertThat(card.postalCode()).isEqualTo(SAMPLE.postalCode());
    }

    @Test
    void aPhotoTakenWithThePhoneHeldSidewaysIsReadUpright() {
        // 07-contacts §Scan a business card R1 (at the counter on a phone)
        long started = System.nanoTime();
        ScannedCard card = reading.read(BusinessCardImages.sidewaysPhoneJpeg());
        System.out.printf("Sideways phone JPEG scan took %d ms%n", (System.nanoTime() - started) / 1_000_000);

        assertThat(card.lastName()).isEqualTo(SAMPLE.lastName());
        assertThat(card.email()).isEqualTo(SAMPLE.email());
        assertThat(card.mobilePhone()).isEqualTo(SAMPLE.mobilePhone());
    }

    @Test
    void aFileThatIsNotAPictureIsRefusedWithAMessageForTheUser() {
        // 07-contacts §Scan a business card R2 (a refusal the page shows beside the field, never a server error)
        assertThatThrownBy(() -> reading.read("%PDF-1.7 not a photo".getBytes()))
                .isInstanceOf(CardImageUnreadable.class)
                .hasMessageContaining("could not be read as a photo");
    }
}
