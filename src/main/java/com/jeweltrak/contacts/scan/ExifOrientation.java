package com.jeweltrak.contacts.scan;

/**
 * The EXIF orientation tag of a JPEG (1 = upright when absent or unreadable). Phones store the sensor's
 * pixels and note the rotation here, so a card photographed upright can arrive lying on its side.
 */
final class ExifOrientation {

    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {
    }

    static int of(byte[] jpeg) {
        try {
            if (u8(jpeg, 0) != 0xFF || u8(jpeg, 1) != 0xD8) {
                return 1;
            }
            int at = 2;
            while (at + 4 <= jpeg.length && u8(jpeg, at) == 0xFF) {
                int marker = u8(jpeg, at + 1);
                if (marker == 0xDA || marker == 0xD9) {
                    return 1; // image data starts: no EXIF before it
                }
                int length = (u8(jpeg, at + 2) << 8) | u8(jpeg, at + 3);
                if (marker == 0xE1 && new String(jpeg, at + 4, 6, java.nio.charset.StandardCharsets.ISO_8859_1)
                        .equals("Exif\0\0")) {
                    return orientation(jpeg, at + 10);
                }
                at += 2 + length;
            }
        } catch (ArrayIndexOutOfBoundsException | StringIndexOutOfBoundsException e) {
            // a truncated or odd header: treat as upright
        }
        return 1;
    }

    private static int orientation(byte[] b, int tiff) {
        boolean little = b[tiff] == 'I';
        int ifd = tiff + u32(b, tiff + 4, little);
        int entries = u16(b, ifd, little);
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + 12 * i;
            if (u16(b, entry, little) == ORIENTATION_TAG) {
                int value = u16(b, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    private static int u16(byte[] b, int i, boolean little) {
        return little ? u8(b, i) | u8(b, i + 1) << 8 : u8(b, i) << 8 | u8(b, i + 1);
    }

    private static int u32(byte[] b, int i, boolean little) {
        return little ? u16(b, i, true) | u16(b, i + 2, true) << 16 : u16(b, i, false) << 16 | u16(b, i + 2, false);
    }
}
