package com.jeweltrak.contacts.scan;

import com.jeweltrak.support.BusinessCardImages;
import java.util.List;

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

    @Test
    void withoutTheEngineLibraryScanningSaysItIsUnavailableInsteadOfFailing() {
        // 07-contacts §Scan a business card R2 (a server without tesseract-ocr still runs)
        TesseractEngine engine = new TesseractEngine("/usr/share/tesseract-ocr/5/tessdata",
                List.of("jeweltrak-no-such-ocr-library"));
        ReadingABusinessCard reading = new ReadingABusinessCard(engine);

        assertThatThrownBy(() -> reading.read(BusinessCardImages.samplePng()))
                .isInstanceOf(CardScanningUnavailable.class);
    }
}
