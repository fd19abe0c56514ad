package com.jeweltrak.platform.files;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * JPEG thumbnails of a picture — item photos, work-order attachments: 320 px for grids and lists, 1024 px for viewing,
 * longest side, never enlarged. Transparent PNGs go on white (JPEG has no transparency). An image the JDK cannot
 * decode (WebP) has none.
 */
public final class Thumbnails {

    public static final int SMALL = 320;
    public static final int LARGE = 1024;

    private Thumbnails() {
    }

    public record Pair(byte[] small, byte[] large) {
    }

    /** Both sizes, or none when the image cannot be decoded. */
    public static Optional<Pair> of(byte[] image) {
        return decoded(image).map(source -> new Pair(jpeg(scaled(source, SMALL)), jpeg(scaled(source, LARGE))));
    }

    /** The 320 px one only, or none when the image cannot be decoded. */
    public static Optional<byte[]> small(byte[] image) {
        return decoded(image).map(source -> jpeg(scaled(source, SMALL)));
    }

    private static Optional<BufferedImage> decoded(byte[] image) {
        BufferedImage source;
        try {
            source = ImageIO.read(new ByteArrayInputStream(image));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
        if (source == null || source.getWidth() <= 0 || source.getHeight() <= 0) return Optional.empty();
        return Optional.of(source);
    }

    private static BufferedImage scaled(BufferedImage source, int longest) {
        double factor = Math.min(1.0, (double) longest / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(source.getHeight() * factor));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    public static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
