package com.jeweltrak.inventory.media;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which photo files an item takes (04-inventory §Photos & Video R6), read from their bytes. */
class ImageKindsTests {

    // R6: JPG, PNG and WebP are taken, whatever their names
    @Test
    void jpegPngAndWebpAreRecognisedByTheirBytes() {
        assertThat(ImageKinds.sniff(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0})).contains("image/jpeg");
        assertThat(ImageKinds.sniff(TestImages.png(2, 2))).contains("image/png");
        assertThat(ImageKinds.sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1))).contains("image/webp");
    }

    // brief K2 §2: an iPhone HEIC photo is refused with how to get a JPEG instead (browsers cannot show HEIC)
    @Test
    void aHeicPhotoIsRefusedWithAWayOut() {
        byte[] heic = "\0\0\0\u0018ftypheic\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> ImageKinds.require(heic, "photos", "IMG_0001.HEIC"))
                .isInstanceOf(PhotoRefused.class).hasMessageContaining("IMG_0001.HEIC is a HEIC/HEIF photo")
                .hasMessageContaining("Most Compatible");
    }
}
