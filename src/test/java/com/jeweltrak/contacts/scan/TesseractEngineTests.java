package com.jeweltrak.contacts.scan;

import com.jeweltrak.support.BusinessCardImages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TesseractEngineTests {

    @Test
    void withoutLanguageDataScanningSaysItIsUnavailableInsteadOfFailing() {
        // 07-contacts §Scan a business card R2 (the page lets the user type instead)
        ReadingABusinessCard reading = new ReadingABusinessCard(new TesseractEngine("/nonexistent/tessdata"));

        assertThat(reading.available()).isFalse();
        assertThatThrownBy(() -> reading.read(BusinessCardImages.samplePng()))
                .isInstanceOf(CardScanningUnavailable.class)
                .hasMessageContaining("type the details");
    }
}
