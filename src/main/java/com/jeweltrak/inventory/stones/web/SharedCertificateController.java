package com.jeweltrak.inventory.stones.web;

import java.util.Map;
import java.util.Optional;

import com.jeweltrak.inventory.stones.ShareLinks;
import com.jeweltrak.inventory.stones.SharedCertificates;
import com.jeweltrak.platform.files.FileDownloads;
import com.jeweltrak.platform.files.OpenedFile;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * A shared certificate, for whoever holds the link and without signing in (§Share a Certificate R1–R5): a small
 * page whose Share button hands the PDF to the device's share sheet (static/js/share-certificate.js), and the
 * file itself. A tampered link is a 404 and an expired one (or a removed certificate) a 410, each a page that
 * names nothing of the shop. Nothing is audited (R4).
 * <p>
 * A functional route rather than a {@code @Controller}: the path names no record of a tenant but carries a
 * bearer link, valid for anyone who holds it — the tenant-isolation sweep's question (does A get B's record by
 * its id?) does not apply; ShareLinkTests checks the link's own rules instead (signature, expiry, tenant).
 */
@Configuration(proxyBeanMethods = false)
class SharedCertificateController {

    @Bean
    RouterFunction<ServerResponse> sharedCertificateRoutes(SharedCertificates shared) {
        return RouterFunctions.route()
                .GET("/shared/certificates/{token}", request -> page(shared, request))
                .GET("/shared/certificates/{token}/file", request -> file(shared, request))
                .build();
    }

    private static ServerResponse page(SharedCertificates shared, ServerRequest request) {
        String token = request.pathVariable("token");
        try {
            Optional<OpenedFile> file = shared.open(token);
            if (file.isEmpty()) return gone(HttpStatus.GONE, "This certificate is no longer shared.");
            return ServerResponse.ok().render("shared/certificate", Map.of("fileName", file.get().file().fileName(),
                    "contentType", file.get().file().contentType(), "token", token));
        } catch (ShareLinks.LinkTampered bad) {
            return gone(HttpStatus.NOT_FOUND, "This link is not valid. Ask the store for a new one.");
        } catch (ShareLinks.LinkExpired old) {
            return gone(HttpStatus.GONE, "This link has expired. Ask the store for a new one.");
        }
    }

    private static ServerResponse file(SharedCertificates shared, ServerRequest request) {
        try {
            Optional<OpenedFile> file = shared.open(request.pathVariable("token"));
            if (file.isEmpty()) return ServerResponse.status(HttpStatus.GONE).build();
            ResponseEntity<byte[]> inline = FileDownloads.inline(file.get());
            return ServerResponse.ok().headers(h -> h.addAll(inline.getHeaders())).body(inline.getBody());
        } catch (ShareLinks.LinkTampered bad) {
            return ServerResponse.notFound().build();
        } catch (ShareLinks.LinkExpired old) {
            return ServerResponse.status(HttpStatus.GONE).build();
        }
    }

    private static ServerResponse gone(HttpStatus status, String reason) {
        return ServerResponse.status(status).render("shared/certificate-gone", Map.of("reason", reason));
    }
}
