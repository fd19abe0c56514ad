package com.jeweltrak.platform.files;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A file is what its first bytes say (h3 brief: sniff, never trust the browser's type). */
class FileTypesTests {

    // stored files: PDFs and the photo formats phones and scanners make are recognised from their bytes
    @Test
    void pdfsAndPhotosAreRecognisedByTheirFirstBytes() {
        assertThat(FileTypes.sniff(ascii("%PDF-1.7\n..."))).contains("application/pdf");
        assertThat(FileTypes.sniff(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).contains("image/jpeg");
        assertThat(FileTypes.sniff(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0))).contains("image/png");
        assertThat(FileTypes.sniff(ascii("RIFF\0\0\0\0WEBPVP8 "))).contains("image/webp");
        assertThat(FileTypes.sniff(ascii("\0\0\0\u0018ftypheic\0\0\0\0mif1heic"))).contains("image/heic");
    }

    // stored files: a program, a web page or a text file is none of them, whatever its name or claimed type
    @Test
    void otherFilesAreNotRecognised() {
        assertThat(FileTypes.sniff(ascii("MZ\u0090\0\3\0\0\0"))).isEmpty();
        assertThat(FileTypes.sniff(ascii("<html><script>alert(1)</script>"))).isEmpty();
        assertThat(FileTypes.sniff(ascii("permit number 123"))).isEmpty();
        assertThat(FileTypes.sniff(new byte[0])).isEmpty();
        assertThat(FileTypes.sniff(ascii("\0\0\0\u0018ftypmp42"))).as("an MP4 video").isEmpty();
    }

    // stored files: the name kept is safe to show and to send back in a header
    @Test
    void theStoredNameLosesFoldersControlCharactersAndQuotes() {
        assertThat(StoredFiles.safeName("C:\\Users\\ana\\Scans\\permit.pdf")).isEqualTo("permit.pdf");
        assertThat(StoredFiles.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(StoredFiles.safeName("per\"mit\r\n<b>.pdf")).isEqualTo("permitb.pdf");
        assertThat(StoredFiles.safeName("  ")).isEqualTo("document");
        assertThat(StoredFiles.safeName("x".repeat(300) + ".pdf")).hasSize(255).endsWith(".pdf");
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) b[i] = (byte) values[i];
        return b;
    }
}
