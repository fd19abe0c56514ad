package com.jeweltrak.services.attachments;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.jeweltrak.platform.files.FileRefused;

/**
 * Which files a job may keep (03-services §7 R3–R5): images (PNG, JPG, WebP, GIF), PDFs and CAD/3D files (STL, OBJ,
 * 3DM, DWG, DXF, STEP/STP, IGES/IGS, Parasolid X_T/X_B), at most 8 MB. The extension must be one of these AND the
 * bytes must agree with it: images and PDFs are what their first bytes say; CAD files, which browsers send as
 * application/octet-stream (R5), are checked by their signature where the format has one (DWG, 3DM, STEP, IGES,
 * binary STL) and must in any case not be something else in disguise (a program, an archive, a web page).
 */
final class AttachmentTypes {

    static final long MAX_BYTES = 8L * 1024 * 1024;
    static final String OCTET_STREAM = "application/octet-stream";
    static final String ACCEPT = ".png,.jpg,.jpeg,.webp,.gif,.pdf,.stl,.obj,.3dm,.dwg,.dxf,.step,.stp,.igs,.iges,.x_t,.x_b";
    static final String LISTED = "PNG, JPG, WebP, GIF, PDF, STL, OBJ, 3DM, DWG, DXF, STEP, STP, IGS, IGES, X_T or X_B";

    private static final Map<String, String> IMAGES_AND_PDF = Map.of("png", "image/png", "jpg", "image/jpeg",
            "jpeg", "image/jpeg", "webp", "image/webp", "gif", "image/gif", "pdf", "application/pdf");
    static final Set<String> CAD = Set.of("stl", "obj", "3dm", "dwg", "dxf", "step", "stp", "igs", "iges", "x_t", "x_b");

    private AttachmentTypes() {
    }

    /** A checked upload: its lower-case extension and the content type it is kept as. */
    record Checked(String extension, String contentType) {

        boolean image() {
            return contentType.startsWith("image/");
        }
    }

    static Checked check(String fileName, byte[] content) {
        if (content == null || content.length == 0) throw new FileRefused("file", "Choose a file to upload.");
        if (content.length > MAX_BYTES) {
            throw new FileRefused("file", String.format(Locale.ROOT, "The file is %.1f MB; attachments can be at most 8 MB.",
                    content.length / (1024.0 * 1024.0)));
        }
        String extension = extension(fileName);
        String expected = IMAGES_AND_PDF.get(extension);
        if (expected != null) {
            String sniffed = sniff(content);
            if (!expected.equals(sniffed)) {
                throw new FileRefused("file", "This file is named ." + extension + " but is not a " + extension.toUpperCase(Locale.ROOT)
                        + " file. Save it again as " + extension.toUpperCase(Locale.ROOT) + " and upload it.");
            }
            return new Checked(extension, expected);
        }
        if (CAD.contains(extension)) {
            if (sniff(content) != null || disguised(content) || !matchesCad(extension, content)) {
                throw new FileRefused("file", "This file is named ." + extension + " but its content is not a "
                        + extension.toUpperCase(Locale.ROOT) + " file.");
            }
            return new Checked(extension, OCTET_STREAM);
        }
        throw new FileRefused("file", (extension.isEmpty() ? "This file has no extension" : "." + extension + " files cannot be attached")
                + ". Attach a " + LISTED + " file.");
    }

    static String extension(String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The image or PDF type the first bytes show, else null. */
    static String sniff(byte[] b) {
        if (starts(b, 0, "%PDF-")) return "application/pdf";
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) return "image/jpeg";
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && starts(b, 1, "PNG\r\n")) return "image/png";
        if (starts(b, 0, "RIFF") && starts(b, 8, "WEBP")) return "image/webp";
        if (starts(b, 0, "GIF87a") || starts(b, 0, "GIF89a")) return "image/gif";
        return null;
    }

    /** A program, an archive or a web page under a CAD name. */
    private static boolean disguised(byte[] b) {
        if (starts(b, 0, "MZ") || (b.length >= 4 && b[0] == 0x7f && starts(b, 1, "ELF")) || starts(b, 0, "#!")
                || starts(b, 0, "PK\u0003\u0004") || (b.length >= 4 && (b[0] & 0xff) == 0xca && (b[1] & 0xff) == 0xfe
                && (b[2] & 0xff) == 0xba && (b[3] & 0xff) == 0xbe)) {
            return true;
        }
        String head = new String(b, 0, Math.min(b.length, 512), StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<script") || head.startsWith("<svg")
                || head.startsWith("<?xml");
    }

    /** The signature of the formats that have one; the text formats (OBJ, DXF, X_T) only need not be something else. */
    private static boolean matchesCad(String extension, byte[] b) {
        return switch (extension) {
            case "dwg" -> starts(b, 0, "AC10");
            case "3dm" -> starts(b, 0, "3D Geometry File Format");
            case "step", "stp" -> starts(b, 0, "ISO-10303-21");
            // IGES: fixed 80-column records, the first a Start ('S') record
            case "igs", "iges" -> b.length >= 73 && b[72] == 'S';
            case "stl" -> starts(b, 0, "solid") || binaryStl(b);
            default -> true;
        };
    }

    /** A binary STL: an 80-byte header, a triangle count, then 50 bytes per triangle. */
    private static boolean binaryStl(byte[] b) {
        if (b.length < 84) return false;
        long triangles = ByteBuffer.wrap(b, 80, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xffffffffL;
        return b.length == 84 + 50 * triangles;
    }

    private static boolean starts(byte[] b, int offset, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
        return b.length >= offset + p.length && Arrays.equals(b, offset, offset + p.length, p, 0, p.length);
    }
}
