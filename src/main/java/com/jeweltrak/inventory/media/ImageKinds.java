package com.jeweltrak.inventory.media;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The photo kinds an item takes (R6: JPG, PNG, WebP), read from the bytes, never from the name or the browser's
 * claim. HEIC (iPhone) photos are refused with a way out: browsers cannot show them and the JDK cannot decode them
 * into thumbnails, so keeping one would give an item a photo nobody can see.
 */
final class ImageKinds {

    static final String ACCEPTED = "JPG, PNG or WebP";

    private ImageKinds() {
    }

    static Optional<String> sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) return Optional.of("image/jpeg");
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') return Optional.of("image/png");
        if (ascii(b, 0, 4).equals("RIFF") && ascii(b, 8, 4).equals("WEBP")) return Optional.of("image/webp");
        return Optional.empty();
    }

    /** Throws the refusal shown beside {@code field} unless the bytes are an accepted image. */
    static String require(byte[] b, String field, String name) {
        return sniff(b).orElseThrow(() -> new PhotoRefused(field, (ascii(b, 4, 4).equals("ftyp")
                ? name + " is a HEIC/HEIF photo, which browsers cannot show. Save it as JPEG (on an iPhone: Settings → Camera → Formats → Most Compatible)."
                : name + " is not a " + ACCEPTED + " image.")));
    }

    private static String ascii(byte[] b, int offset, int length) {
        return b.length >= offset + length ? new String(b, offset, length, StandardCharsets.US_ASCII) : "";
    }
}
