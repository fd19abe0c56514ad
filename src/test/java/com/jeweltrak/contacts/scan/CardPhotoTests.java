package com.jeweltrak.contacts.scan;

import java.awt.image.BufferedImage;

import com.jeweltrak.support.BusinessCardImages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CardPhotoTests {

    @Test
    void aPhotoOverTenMegabytesIsRefused() {
        // 07-contacts §Scan a business card R2
        assertThatThrownBy(() -> CardPhoto.prepare(new byte[CardPhoto.MAX_BYTES + 1]))
                .isInstanceOf(CardImageUnreadable.class)
                .hasMessageContaining("10 MB");
    }

    @Test
    void aSmallCropIsScaledUpAndMadeGray() {
        // 07-contacts §Scan a business card R2 (small print must be large enough to read)
        BufferedImage small = new BufferedImage(400, 230, BufferedImage.TYPE_INT_RGB);

        BufferedImage prepared = CardPhoto.prepare(BusinessCardImages.png(small));

        assertThat(prepared.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(prepared.getWidth()).isEqualTo(1200);
    }

    @Test
    void aHugePhoneCameraPhotoIsScaledDown() {
        // 07-contacts §Scan a business card R1 (a phone photo at the counter)
        BufferedImage photo = new BufferedImage(4032, 3024, BufferedImage.TYPE_INT_RGB);

        BufferedImage prepared = CardPhoto.prepare(BusinessCardImages.jpeg(photo));

        assertThat(prepared.getWidth()).isEqualTo(2000);
        assertThat(prepared.getHeight()).isEqualTo(1500);
    }

    @Test
    void aPhoneJpegTaggedAsRotatedIsTurnedUpright() {
        // 07-contacts §Scan a business card R1 (phones store the sensor's pixels and an EXIF orientation)
        BufferedImage lyingOnItsSide = new BufferedImage(600, 1050, BufferedImage.TYPE_INT_RGB);
        lyingOnItsSide.setRGB(0, 0, 0xFFFFFF); // top-left corner white; orientation 6 turns it to top-right
        byte[] jpeg = BusinessCardImages.withExifOrientation(BusinessCardImages.jpeg(lyingOnItsSide), 6);

        BufferedImage prepared = CardPhoto.prepare(jpeg);

        assertThat(prepared.getWidth()).isGreaterThan(prepared.getHeight());
    }

    @Test
    void orientationSixTurnsTheTopLeftCornerToTheTopRight() {
        // 07-contacts §Scan a business card R1
        BufferedImage gray = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_GRAY);
        gray.getRaster().setSample(0, 0, 0, 255);

        BufferedImage turned = CardPhoto.upright(gray, 6);

        assertThat(turned.getWidth()).isEqualTo(2);
        assertThat(turned.getRaster().getSample(1, 0, 0)).isEqualTo(255);
    }
}
