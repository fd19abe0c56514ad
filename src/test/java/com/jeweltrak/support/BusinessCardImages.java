package com.jeweltrak.support;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Business-card pictures drawn with Java2D for the scanning tests (07-contacts §Scan a business card):
 * a white 1050×600 card (3.5×2 in at 300 dpi) with dark DejaVu Sans text — name, title, company, phones,
 * e-mail and address — so a test can read it through the real OCR engine and a browser test can upload
 * the PNG. {@link #SAMPLE} holds the values printed on the sample card.
 */
public final class BusinessCardImages {

    /** What the sample card says, field by field, as the scan should return it. */
    public record PrintedCard(String firstName, String lastName, String jobTitle, String company,
                              String addressLine1, String city, String region, String postalCode,
                              String workPhone, String mobilePhone, String email) {
    }

    public static final PrintedCard SAMPLE = new PrintedCard("Margaret", "Hartley", "Owner & Goldsmith",
            "Hartley & Sons Jewelers", "412 Main Street", "Springfield", "IL", "62701", "(217) 555-0142",
            "(217) 555-0199", "margaret@hartleyjewelers.com");

    private static final Path FONTS = Path.of("/usr/share/fonts/truetype/dejavu");

    private BusinessCardImages() {
    }

    /** The sample card as PNG bytes, as a phone or a file picker would upload it. */
    public static byte[] samplePng() {
        return png(sample());
    }

    /** Writes the sample card as a PNG into {@code dir} (for a browser test's file input) and returns the file. */
    public static Path writeSamplePng(Path dir) {
        try {
            return Files.write(dir.resolve("business-card.png"), samplePng());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BufferedImage sample() {
        PrintedCard c = SAMPLE;
        BufferedImage card = new BufferedImage(1050, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = card.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, card.getWidth(), card.getHeight());
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(0x1F, 0x23, 0x2B));
            Font base = font("DejaVuSans.ttf", Font.PLAIN);
            Font bold = font("DejaVuSans-Bold.ttf", Font.BOLD);
            g.setFont(bold.deriveFont(44f));
            g.drawString(c.company(), 70, 110);
            g.setFont(bold.deriveFont(36f));
            g.drawString(c.firstName() + " " + c.lastName(), 70, 210);
            g.setFont(base.deriveFont(30f));
            g.drawString(c.jobTitle(), 70, 255);
            g.setFont(base.deriveFont(28f));
            List<String> lines = List.of(c.addressLine1(), c.city() + ", " + c.region() + " " + c.postalCode(),
                    "T " + c.workPhone() + "    M " + c.mobilePhone(), c.email());
            int y = 360;
            for (String line : lines) {
                g.drawString(line, 70, y);
                y += 52;
            }
        } finally {
            g.dispose();
        }
        return card;
    }

    /**
     * The sample card as a phone camera stores it when held sideways: the pixels lie on their side (turned
     * a quarter counter-clockwise) and the JPEG's EXIF orientation 6 says "turn clockwise to view".
     */
    public static byte[] sidewaysPhoneJpeg() {
        BufferedImage upright = sample();
        int w = upright.getWidth();
        int h = upright.getHeight();
        BufferedImage lying = new BufferedImage(h, w, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                lying.setRGB(y, w - 1 - x, upright.getRGB(x, y));
            }
        }
        return withExifOrientation(jpeg(lying), 6);
    }

    /** Inserts a minimal big-endian EXIF block holding only the orientation tag right after the JPEG's SOI marker. */
    public static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0,
                0, 0, 0, 0, 0, 0};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        int length = 2 + 6 + tiff.length;
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        out.writeBytes(tiff);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    public static byte[] png(BufferedImage image) {
        return encode(image, "png");
    }

    public static byte[] jpeg(BufferedImage image) {
        return encode(image, "jpg");
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Font font(String file, int style) {
        Path path = FONTS.resolve(file);
        if (Files.isReadable(path)) {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, path.toFile());
            } catch (FontFormatException | IOException e) {
                // fall back to the JDK's logical sans-serif font
            }
        }
        return new Font(Font.SANS_SERIF, style, 12);
    }
}
