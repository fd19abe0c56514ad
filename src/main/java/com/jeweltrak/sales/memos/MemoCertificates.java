package com.jeweltrak.sales.memos;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.stones.CertificateFile;
import com.jeweltrak.inventory.stones.SetStone;
import com.jeweltrak.inventory.stones.SetStones;
import com.jeweltrak.inventory.stones.StoneCertificates;
import com.jeweltrak.platform.files.OpenedFile;
import com.jeweltrak.platform.files.StoredFiles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Memo certificates (03-services §12): the certificates of the certified stones on a memo, offered when it is printed or
 * e-mailed. R1: walking the lines in order — a loose stone's own certificate; a jewelry line's set stones, each its
 * CertMain (entered by hand) or, when combined from inventory, the original loose stone's certificate. R5: what is
 * attached is re-read from the memo now — an id that is not among its certificates is ignored. The chosen certificates
 * are appended to the memo's PDF after it, in line order (a certificate stored as an image becomes a page of its own).
 */
@Component
public class MemoCertificates {

    /** One offered certificate (R3: memo line number, lab and number); {@code fileId} is what the form sends back. */
    public record Candidate(int lineNumber, String stockId, String lab, String number, long fileId) {
        public String title() {
            String name = ((lab == null ? "" : lab + " ") + (number == null ? "" : number)).trim();
            return name.isEmpty() ? "Certificate of StockID " + stockId : name;
        }
    }

    private final Items items;
    private final SetStones stones;
    private final StoneCertificates certificates;
    private final StoredFiles files;

    MemoCertificates(Items items, SetStones stones, StoneCertificates certificates, StoredFiles files) {
        this.items = items;
        this.stones = stones;
        this.certificates = certificates;
        this.files = files;
    }

    /** R1: every certificate of the stones on the memo's item lines, in line order, each file once. */
    @Transactional(readOnly = true)
    public List<Candidate> of(Memo memo) {
        List<Candidate> found = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        int number = 0;
        for (MemoLine line : memo.lines()) {
            number++;
            if (line.misc()) continue;
            List<Optional<CertificateFile>> held = new ArrayList<>();
            if (StoneCertificates.isLooseStone(items.get(line.item()).family())) {
                held.add(certificates.ofLooseStone(line.item()));
            } else {
                for (SetStone stone : stones.of(line.item())) held.add(certificates.ofSetStone(line.item(), stone.id()));
            }
            for (Optional<CertificateFile> certificate : held) {
                if (certificate.isEmpty() || !seen.add(certificate.get().file().value())) continue;
                CertificateFile c = certificate.get();
                found.add(new Candidate(number, line.stockId(), c.lab(), c.number(), c.file().value()));
            }
        }
        return List.copyOf(found);
    }

    /** R5: of the ids sent, only those among the memo's certificates now, in line order; none sent, none (R7). */
    @Transactional(readOnly = true)
    public List<Candidate> chosen(Memo memo, Collection<Long> fileIds) {
        if (fileIds == null || fileIds.isEmpty()) return List.of();
        return of(memo).stream().filter(c -> fileIds.contains(c.fileId())).toList();
    }

    /** The memo's PDF with each chosen certificate appended after it. */
    @Transactional(readOnly = true)
    public byte[] appended(byte[] memoPdf, List<Candidate> chosen) {
        if (chosen.isEmpty()) return memoPdf;
        try (PDDocument memo = Loader.loadPDF(memoPdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFMergerUtility merger = new PDFMergerUtility();
            for (Candidate candidate : chosen) {
                OpenedFile file = files.open(new com.jeweltrak.platform.files.FileId(candidate.fileId()));
                if ("application/pdf".equals(file.file().contentType())) {
                    try (PDDocument certificate = Loader.loadPDF(file.bytes())) {
                        merger.appendDocument(memo, certificate);
                    }
                } else {
                    appendImage(memo, file.bytes(), candidate.title());
                }
            }
            memo.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A certificate kept as a photo or scan: one Letter page, the image fitted inside its margins. */
    private static void appendImage(PDDocument document, byte[] bytes, String title) throws IOException {
        PDImageXObject image = PDImageXObject.createFromByteArray(document, bytes, title);
        PDPage page = new PDPage(PDRectangle.LETTER);
        document.addPage(page);
        float margin = 36, width = page.getMediaBox().getWidth() - 2 * margin, height = page.getMediaBox().getHeight() - 2 * margin;
        float scale = Math.min(width / image.getWidth(), height / image.getHeight());
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.drawImage(image, margin, margin + height - image.getHeight() * scale, image.getWidth() * scale,
                    image.getHeight() * scale);
        }
    }
}
