package com.jeweltrak.platform.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.jeweltrak.platform.tenancy.TenantContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bytes as objects {@code <tenant>/<id>} in an S3-compatible bucket (AWS, MinIO, Ceph, R2...), so several app
 * nodes share them (design §1). Plain HTTP with hand-made Signature V4 ({@link SigV4}); path-style
 * ({@code endpoint/bucket/key}) or virtual-host style ({@code bucket.endpoint/key}). Like the folder store, a read
 * first finds the stored_file row under row-level security.
 */
@Component
@ConditionalOnProperty(name = "jeweltrak.files.store", havingValue = "s3")
class S3FileStorage implements FileStorage {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final FilesProperties.S3 s3;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    S3FileStorage(FilesProperties properties, JdbcClient jdbc, Clock clock) {
        this.s3 = properties.s3();
        this.jdbc = jdbc;
        this.clock = clock;
        if (s3.endpoint() == null || s3.bucket() == null || s3.accessKey() == null || s3.secretKey() == null) {
            throw new IllegalStateException("jeweltrak.files.store=s3 needs jeweltrak.files.s3.endpoint, bucket, access-key and secret-key");
        }
    }

    @Override
    public void write(FileId id, byte[] content) {
        HttpResponse<byte[]> response = send("PUT", keyOf(id), content);
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("The object store refused file " + id + ": HTTP " + response.statusCode());
        }
    }

    @Override
    public Optional<byte[]> read(FileId id) {
        boolean ours = jdbc.sql("select count(*) from stored_file where id = ?").param(id.value())
                .query(Long.class).single() > 0;
        if (!ours) return Optional.empty();
        HttpResponse<byte[]> response = send("GET", keyOf(id), new byte[0]);
        if (response.statusCode() == 404) return Optional.empty();
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("The object store could not give file " + id + ": HTTP " + response.statusCode());
        }
        return Optional.of(response.body());
    }

    private static String keyOf(FileId id) {
        return TenantContext.requireTenant().value() + "/" + id.value();
    }

    private HttpResponse<byte[]> send(String method, String key, byte[] body) {
        URI endpoint = s3.endpoint();
        String host = s3.pathStyle() ? endpoint.getAuthority() : s3.bucket() + "." + endpoint.getAuthority();
        String base = endpoint.getPath() == null ? "" : endpoint.getPath().replaceAll("/+$", "");
        String path = SigV4.encodePath(base + (s3.pathStyle() ? "/" + s3.bucket() : "") + "/" + key);
        URI uri = URI.create(endpoint.getScheme() + "://" + host + path);
        Instant now = clock.instant();
        String payload = SigV4.sha256Hex(body);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", host);
        headers.put("x-amz-content-sha256", payload);
        headers.put("x-amz-date", SigV4.AMZ_DATE.format(now));
        String authorization = SigV4.authorization(method, path, "", headers, payload, s3.accessKey(), s3.secretKey(),
                s3.region(), "s3", now);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("x-amz-content-sha256", payload)
                .header("x-amz-date", headers.get("x-amz-date"))
                .header("Authorization", authorization)
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("The object store did not answer for " + key, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while talking to the object store", e);
        }
    }
}
