package com.jeweltrak.inventory.media;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.jeweltrak.platform.files.StoredFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Fetches an external image once, server-side (R6: an unreadable URL is rejected at save; pages may not load
 * other sites' images under our Content-Security-Policy, so the thumbnails are made from what is fetched here).
 * Short timeouts: the user is waiting. A user-typed address must not make the server reach into its own network
 * (cloud metadata, the database, admin ports), so addresses that resolve to loopback, private, link-local or
 * multicast networks are refused, and redirects are followed by hand (at most 3) with the same check at each hop —
 * unless {@code jeweltrak.media.allow-private-links} is set (tests serve images from 127.0.0.1).
 */
@Component
public class ImageLinks {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final int MAX_REDIRECTS = 3;

    private final boolean allowPrivate;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    ImageLinks(@Value("${jeweltrak.media.allow-private-links:false}") boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** The image's bytes, or {@link PhotoRefused} (beside {@code field}) saying why there is no image there. */
    public byte[] fetch(String url, String field) {
        URI uri = parse(url, field);
        try {
            for (int hop = 0; ; hop++) {
                checkPublic(uri, field);
                HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                        .header("Accept", "image/*").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream body = response.body()) {
                    int status = response.statusCode();
                    if (status / 100 == 3 && hop < MAX_REDIRECTS && response.headers().firstValue("Location").isPresent()) {
                        uri = parse(uri.resolve(response.headers().firstValue("Location").get()).toString(), field);
                        continue;
                    }
                    if (status / 100 != 2) {
                        throw new PhotoRefused(field, "That link could not be read (the site answered " + status + ").");
                    }
                    byte[] bytes = body.readNBytes((int) StoredFiles.MAX_BYTES + 1);
                    if (bytes.length > StoredFiles.MAX_BYTES) throw new PhotoRefused(field, "The image at that link is over 10 MB.");
                    ImageKinds.require(bytes, field, "The file at that link");
                    return bytes;
                }
            }
        } catch (IOException e) {
            throw new PhotoRefused(field, "That link could not be reached (" + e.getClass().getSimpleName() + ").");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PhotoRefused(field, "That link could not be reached.");
        }
    }

    private void checkPublic(URI uri, String field) {
        if (allowPrivate) return;
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (internal(address)) {
                    throw new PhotoRefused(field, "That link points into a private network; use a public web address.");
                }
            }
        } catch (UnknownHostException e) {
            throw new PhotoRefused(field, "That link could not be reached (unknown host " + uri.getHost() + ").");
        }
    }

    static boolean internal(InetAddress a) {
        boolean uniqueLocal6 = a instanceof Inet6Address && (a.getAddress()[0] & 0xfe) == 0xfc;
        return a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress() || uniqueLocal6;
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
