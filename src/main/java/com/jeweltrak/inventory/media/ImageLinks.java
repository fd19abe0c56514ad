package com.jeweltrak.inventory.media;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.jeweltrak.platform.files.StoredFiles;
import org.springframework.stereotype.Component;

/**
 * Fetches an external image once, server-side (R6: an unreadable URL is rejected at save; pages may not load
 * other sites' images under our Content-Security-Policy, so the thumbnails are made from what is fetched here).
 * Short timeouts: the user is waiting.
 */
@Component
public class ImageLinks {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    /** The image's bytes, or {@link PhotoRefused} (beside {@code field}) saying why there is no image there. */
    public byte[] fetch(String url, String field) {
        URI uri = parse(url, field);
        try {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                    .header("Accept", "image/*").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() / 100 != 2) {
                    throw new PhotoRefused(field, "That link could not be read (the site answered " + response.statusCode() + ").");
                }
                byte[] bytes = body.readNBytes((int) StoredFiles.MAX_BYTES + 1);
                if (bytes.length > StoredFiles.MAX_BYTES) throw new PhotoRefused(field, "The image at that link is over 10 MB.");
                ImageKinds.require(bytes, field, "The file at that link");
                return bytes;
            }
        } catch (IOException e) {
            throw new PhotoRefused(field, "That link could not be reached (" + e.getClass().getSimpleName() + ").");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PhotoRefused(field, "That link could not be reached.");
        }
    }

    static URI parse(String url, String field) {
        String trimmed = url == null ? "" : url.strip();
        if (!trimmed.matches("(?i)https?://\\S+") || trimmed.length() > 2000) {
            throw new PhotoRefused(field, "Enter a web address starting with http:// or https://.");
        }
        try {
            URI uri = URI.create(trimmed);
            if (uri.getHost() == null) throw new IllegalArgumentException("no host");
            return uri;
        } catch (IllegalArgumentException e) {
            throw new PhotoRefused(field, "That is not a valid web address.");
        }
    }
}
