package com.jeweltrak.inventory.stones;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import com.jeweltrak.inventory.stones.GradingReports.GradingReportUnavailable;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The GIA Report Check adapter against a local HTTP server standing in for GIA (§Set Stones R11, R12). */
class GiaReportCheckTests {

    private HttpServer server;
    private final AtomicReference<String> receivedBody = new AtomicReference<>();
    private final AtomicReference<String> receivedKey = new AtomicReference<>();

    private String serve(int status, String answer) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/graphql", exchange -> {
            receivedBody.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            receivedKey.set(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/graphql";
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop(0);
    }

    // §Set Stones R12: the report's grading fills the form — asked with our key, as GraphQL getReport(report_number)
    @Test
    void aReportIsAskedForWithTheKeyAndItsGradingIsRead() throws Exception {
        String endpoint = serve(200, """
                {"data": {"getReport": {"report_number": "2141438171", "report_date": "March 03, 2023",
                  "results": {"shape_and_cutting_style": "Round Brilliant", "carat_weight": "1.01 carat", "color_grade": "G",
                              "clarity_grade": "VS1", "cut_grade": "Excellent", "measurements": "6.42 - 6.45 x 3.98 mm"}}}}""");
        GiaReportCheck gia = new GiaReportCheck(endpoint, "test-key-123");

        GradingReport report = gia.lookup(" 2141438171 ").orElseThrow();

        assertThat(receivedKey.get()).isEqualTo("test-key-123");
        assertThat(receivedBody.get()).contains("getReport(report_number: $ReportNumber)").contains("\"ReportNumber\":\"2141438171\"");
        assertThat(report.lab()).isEqualTo("GIA");
        assertThat(report.reportNumber()).isEqualTo("2141438171");
        assertThat(report.caratWeight()).isEqualByComparingTo("1.01");
        assertThat(report.color()).isEqualTo("G");
        assertThat(report.clarity()).isEqualTo("VS1");
        assertThat(report.cut()).isEqualTo("Excellent");
        assertThat(report.shape()).isEqualTo("Round Brilliant");
        assertThat(report.measurements()).isEqualTo("6.42 - 6.45 x 3.98 mm");
    }

    // §Set Stones R12: a number GIA does not know is "no report", not an error
    @Test
    void anUnknownReportIsEmpty() throws Exception {
        GiaReportCheck gia = new GiaReportCheck(serve(200, "{\"data\": {\"getReport\": null}}"), "k");
        assertThat(gia.lookup("1234567890")).isEmpty();
    }

    // §Set Stones R12: a service that is down is said plainly, quickly; saving never depends on it
    @Test
    void aServiceThatIsDownIsReportedAsUnavailable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        GiaReportCheck gia = new GiaReportCheck("http://127.0.0.1:" + closedPort + "/graphql", "k");
        long started = System.nanoTime();
        assertThatThrownBy(() -> gia.lookup("2141438171")).isInstanceOf(GradingReportUnavailable.class)
                .hasMessageContaining("did not answer");
        assertThat((System.nanoTime() - started) / 1_000_000_000).isLessThan(6);
    }

    // §Set Stones R12: a refused key (HTTP 401) is unavailable too, with the status named
    @Test
    void aRefusedKeyIsReportedAsUnavailable() throws Exception {
        GiaReportCheck gia = new GiaReportCheck(serve(401, "{\"errors\": [{\"message\": \"Unauthorized\"}]}"), "wrong");
        assertThatThrownBy(() -> gia.lookup("2141438171")).isInstanceOf(GradingReportUnavailable.class)
                .hasMessageContaining("HTTP 401");
    }

    // deployment configuration: without an endpoint and key the lookup is off (the button is hidden)
    @Test
    void withoutConfigurationTheLookupIsOff() {
        assertThat(new GiaReportCheck("", "").available()).isFalse();
        assertThat(new GiaReportCheck("https://api.example/graphql", "").available()).isFalse();
    }
}
