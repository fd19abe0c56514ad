package com.jeweltrak.platform.files;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The S3 adapter against a small S3 stand-in served in the test: it keeps PUT objects and answers GETs, and
 * refuses a request whose Authorization header is not a well-formed SigV4 one or whose x-amz-content-sha256 is
 * not the body's hash (brief K2 §1).
 */
@IntegrationTest
class S3FileStorageTests {

    static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F'};
    static final String AUTHORIZATION = "AWS4-HMAC-SHA256 Credential=test-key/\\d{8}/eu-central-1/s3/aws4_request,"
            + "SignedHeaders=host;x-amz-content-sha256;x-amz-date,Signature=[0-9a-f]{64}";

    static HttpServer server;
    static final Map<String, byte[]> objects = new ConcurrentHashMap<>();
    static final List<String> refusals = new CopyOnWriteArrayList<>();

    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired TransactionTemplate transactions;

    static TestTenants.Tenant tenant;

    @BeforeAll
    static void start(@Autowired TestTenants tenants) throws IOException {
        tenant = tenants.open("s3-files");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", S3FileStorageTests::handle);
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    // brief K2 §1: bytes round-trip through an S3-compatible store, as <bucket>/<tenant>/<id>, signed requests only
    @Test
    void bytesRoundTripThroughTheS3StoreWithSignedRequests() {
        StoredFiles files = new StoredFiles(jdbc, new S3FileStorage(properties(), jdbc, clock));

        FileId id = as(() -> files.store("ring.jpg", "image/jpeg", JPEG));
        byte[] read = as(() -> files.open(id)).bytes();

        assertThat(refusals).isEmpty();
        assertThat(objects).containsKey("/photos/" + tenant.id().value() + "/" + id.value());
        assertThat(read).isEqualTo(JPEG);
    }

    // brief K2 §1: another tenant cannot read the object, since the stored_file row it needs is hidden from it
    @Test
    void anotherTenantCannotReadTheObject(@Autowired TestTenants tenants) {
        S3FileStorage storage = new S3FileStorage(properties(), jdbc, clock);
        FileId id = as(() -> new StoredFiles(jdbc, storage).store("ring.jpg", "image/jpeg", JPEG));
        TestTenants.Tenant other = tenants.open("s3-files-other");

        java.util.Optional<byte[]> read = TenantContext.callAs(other.id(), other.owner().id(),
                () -> transactions.execute(s -> storage.read(id)));
        assertThat(read).isEmpty();
    }

    private static FilesProperties properties() {
        URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        return new FilesProperties("s3", null,
                new FilesProperties.S3(endpoint, "eu-central-1", "photos", "test-key", "test-secret", true));
    }

    private static void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getPath();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String declared = exchange.getRequestHeaders().getFirst("x-amz-content-sha256");
        int status;
        byte[] answer = new byte[0];
        if (authorization == null || !authorization.matches(AUTHORIZATION)
                || exchange.getRequestHeaders().getFirst("x-amz-date") == null) {
            refusals.add("bad authorization: " + authorization);
            status = 403;
        } else if (!SigV4.sha256Hex(body).equals(declared)) {
            refusals.add("payload hash mismatch on " + path);
            status = 400;
        } else if (exchange.getRequestMethod().equals("PUT")) {
            objects.put(path, body);
            status = 200;
        } else if (objects.containsKey(path)) {
            answer = objects.get(path);
            status = 200;
        } else {
            status = 404;
        }
        exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    private <T> T as(java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> work.get()));
    }
}
