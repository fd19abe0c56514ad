package com.jeweltrak.platform.files;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How a module's controller answers with one of its files, once it has decided the caller may have it. */
public final class FileDownloads {

    /**
     * Replaces the pages' policy for a file: no script of any kind, but the browser's own PDF viewer (a plugin
     * document, which the pages' {@code object-src 'none'} would block) and image view may show it.
     * Spring Security leaves a policy the response already has.
     */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; object-src 'self'; frame-ancestors 'none'";

    private FileDownloads() {
    }

    /**
     * The bytes with the type they were stored as (sniffed, never the uploader's claim), opened in the
     * browser for PDFs and images, with a file name the header cannot be broken by (RFC 6266 / 5987
     * encoding), and {@code nosniff} so the browser never second-guesses the type into something runnable.
     */
    public static ResponseEntity<byte[]> inline(OpenedFile opened) {
        StoredFile file = opened.file();
        boolean viewable = file.isImage() || FileTypes.PDF.equals(file.contentType());
        ContentDisposition disposition = ContentDisposition.builder(viewable ? "inline" : "attachment")
                .filename(file.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(opened.bytes().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(opened.bytes());
    }

    /**
     * As {@link #inline}, but kept by the browser for a year (private: never by a shared cache): for files that
     * never change once written, such as photo thumbnails, which a grid would otherwise fetch again on every page.
     */
    public static ResponseEntity<byte[]> inlineCached(OpenedFile opened) {
        ResponseEntity<byte[]> plain = inline(opened);
        return ResponseEntity.ok().headers(plain.getHeaders())
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePrivate().immutable())
                .body(plain.getBody());
    }
}
