package com.jeweltrak.inventory.stones.web;

import java.util.Optional;

import com.jeweltrak.inventory.stones.ShareLinks;
import com.jeweltrak.inventory.stones.SharedCertificates;
import com.jeweltrak.platform.files.FileDownloads;
import com.jeweltrak.platform.files.OpenedFile;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A shared certificate, for whoever holds the link and without signing in (§Share a Certificate R1–R5): a small
 * page whose Share button hands the PDF to the device's share sheet (static/js/share-certificate.js), and the
 * file itself. A tampered link is a 404 and an expired one a 410, each a page that names nothing of the shop.
 * Nothing is audited (R4).
 */
@Controller
class SharedCertificateController {

    private final SharedCertificates shared;

    SharedCertificateController(SharedCertificates shared) {
        this.shared = shared;
    }

    @GetMapping("/shared/certificates/{token}")
    String page(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<OpenedFile> file = open(token, model, response);
        if (file.isEmpty()) return "shared/certificate-gone";
        model.addAttribute("fileName", file.get().file().fileName());
        model.addAttribute("contentType", file.get().file().contentType());
        model.addAttribute("token", token);
        return "shared/certificate";
    }

    @GetMapping("/shared/certificates/{token}/file")
    ResponseEntity<byte[]> file(@PathVariable String token) {
        try {
            return shared.open(token).map(FileDownloads::inline)
                    .orElseGet(() -> ResponseEntity.status(HttpStatus.GONE).build());
        } catch (ShareLinks.LinkTampered bad) {
            return ResponseEntity.notFound().build();
        } catch (ShareLinks.LinkExpired old) {
            return ResponseEntity.status(HttpStatus.GONE).build();
        }
    }

    private Optional<OpenedFile> open(String token, Model model, HttpServletResponse response) {
        try {
            Optional<OpenedFile> file = shared.open(token);
            if (file.isEmpty()) {
                response.setStatus(HttpStatus.GONE.value());
                model.addAttribute("reason", "This certificate is no longer shared.");
            }
            return file;
        } catch (ShareLinks.LinkTampered bad) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("reason", "This link is not valid. Ask the store for a new one.");
        } catch (ShareLinks.LinkExpired old) {
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("reason", "This link has expired. Ask the store for a new one.");
        }
        return Optional.empty();
    }
}
