package com.jeweltrak.services.attachments;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

import javax.imageio.ImageIO;

/**
 * A 320 px JPEG thumbnail of an attached image for the gallery (03-services §7 R6), longest side, never enlarged;
 * transparency goes on white. Inventory's photo thumbnails are internal to inventory and platform has none, so the
 * gallery makes its own the same way. An image the JDK cannot decode (WebP) has none and shows as a labelled tile.
 */
final class Thumbnails {

    static final int SIZE = 320;

    private Thumbnails() {
    }

    static Optional<byte[]> of(byte[] image) {
        BufferedImage source;
        try {
            source = ImageIO.read(new ByteArrayInputStream(image));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
        if (source == null || source.getWidth() <= 0 || source.getHeight() <= 0) return Optional.empty();
        double factor = Math.min(1.0, (double) SIZE / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(source.getHeight() * factor));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(out, "jpeg", bytes)) return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(bytes.toByteArray());
    }
}
