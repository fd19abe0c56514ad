package com.jeweltrak.platform.files;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * What a file is, read from its first bytes ("magic numbers"). The type a browser sends is a guess from
 * the file name and is easy to forge, so it decides nothing: a renamed .exe stays refused, and a PDF is
 * served as a PDF whatever the upload claimed.
 */
final class FileTypes {

    static final String PDF = "application/pdf";
    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";
    static final String WEBP = "image/webp";
    static final String HEIC = "image/heic";
    static final String HEIF = "image/heif";

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** ISO base media "ftyp" brands of HEIC (HEVC-coded) images and of HEIF image files in general. */
    private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "heim", "heis", "hevc", "hevx");
    private static final Set<String> HEIF_BRANDS = Set.of("mif1", "msf1");

    private FileTypes() {
    }

    static Optional<String> sniff(byte[] b) {
        if (startsWith(b, 0, "%PDF-".getBytes(StandardCharsets.US_ASCII))) return Optional.of(PDF);
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) return Optional.of(JPEG);
        if (startsWith(b, 0, PNG_SIGNATURE)) return Optional.of(PNG);
        if (ascii(b, 0, 4).equals("RIFF") && ascii(b, 8, 4).equals("WEBP")) return Optional.of(WEBP);
        if (ascii(b, 4, 4).equals("ftyp")) {
            String brand = ascii(b, 8, 4);
            if (HEIC_BRANDS.contains(brand)) return Optional.of(HEIC);
            if (HEIF_BRANDS.contains(brand)) return Optional.of(HEIF);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] b, int offset, byte[] prefix) {
        return b.length >= offset + prefix.length && Arrays.equals(b, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static String ascii(byte[] b, int offset, int length) {
        return b.length >= offset + length ? new String(b, offset, length, StandardCharsets.US_ASCII) : "";
    }
}
