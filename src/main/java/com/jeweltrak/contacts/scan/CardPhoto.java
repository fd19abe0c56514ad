package com.jeweltrak.contacts.scan;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Turns an uploaded card photo into what OCR reads best: upright (EXIF orientation of phone JPEGs),
 * grayscale, and sized so the card's small print is a few dozen pixels tall — a 12-megapixel phone
 * photo is scaled down (faster, no loss), a small crop scaled up. Whatever ImageIO decodes is accepted
 * (JPEG, PNG, GIF, BMP, TIFF); HEIC is not: iPhones send JPEG to a browser file input anyway.
 */
final class CardPhoto {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final long MAX_PIXELS = 50_000_000L;
    private static final int LONG_SIDE_MAX = 2000;
    private static final int LONG_SIDE_MIN = 1200;

    private CardPhoto() {
    }

    static BufferedImage prepare(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new CardImageUnreadable("No photo was received; take the photo again.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new CardImageUnreadable("The photo is larger than 10 MB; take it at a lower resolution or crop it "
                    + "to the card.");
        }
        BufferedImage decoded = decode(bytes);
        BufferedImage gray = grayAndSized(decoded);
        return upright(gray, ExifOrientation.of(bytes));
    }

    private static BufferedImage decode(byte[] bytes) {
        // in memory: ImageIO.createImageInputStream would cache the upload in a temporary file
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw notAPhoto();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                // refuse a decompression bomb before allocating it
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new CardImageUnreadable("The photo has too many pixels; take it at a lower resolution.");
                }
                BufferedImage image = reader.read(0);
                if (image == null || image.getWidth() < 50 || image.getHeight() < 50) {
                    throw notAPhoto();
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof CardImageUnreadable unreadable) {
                throw unreadable;
            }
            throw notAPhoto();
        }
    }

    private static CardImageUnreadable notAPhoto() {
        return new CardImageUnreadable("This file could not be read as a photo; use a JPEG or PNG picture of the card.");
    }

    private static BufferedImage grayAndSized(BufferedImage image) {
        int longSide = Math.max(image.getWidth(), image.getHeight());
        double scale = longSide > LONG_SIDE_MAX ? (double) LONG_SIDE_MAX / longSide
                : longSide < LONG_SIDE_MIN ? Math.min(3.0, (double) LONG_SIDE_MIN / longSide) : 1.0;
        BufferedImage source = image;
        // halve big photos in steps first: one bilinear jump from 4000 px to 2000 px drops pixels and blurs text
        while (scale < 0.5) {
            source = draw(source, source.getWidth() / 2, source.getHeight() / 2, BufferedImage.TYPE_INT_RGB);
            scale *= 2;
        }
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        return draw(source, width, height, BufferedImage.TYPE_BYTE_GRAY);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, int type) {
        BufferedImage target = new BufferedImage(width, height, type);
        Graphics2D g = target.createGraphics();
        try {
            g.setColor(Color.WHITE); // transparent PNG areas become white card, not black
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    /** Rotates by the EXIF orientation (3: 180°, 6: 90° clockwise, 8: 90° counter-clockwise); mirrored ones are rare and left. */
    static BufferedImage upright(BufferedImage gray, int orientation) {
        if (orientation != 3 && orientation != 6 && orientation != 8) {
            return gray;
        }
        int w = gray.getWidth();
        int h = gray.getHeight();
        boolean quarter = orientation != 3;
        BufferedImage turned = new BufferedImage(quarter ? h : w, quarter ? w : h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] from = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        byte[] to = ((DataBufferByte) turned.getRaster().getDataBuffer()).getData();
        int tw = turned.getWidth();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int tx = switch (orientation) {
                    case 3 -> w - 1 - x;
                    case 6 -> h - 1 - y;
                    default -> y;
                };
                int ty = switch (orientation) {
                    case 3 -> h - 1 - y;
                    case 6 -> x;
                    default -> w - 1 - x;
                };
                to[ty * tw + tx] = from[y * w + x];
            }
        }
        return turned;
    }
}
