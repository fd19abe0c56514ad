package com.jeweltrak.inventory.stones;

import com.jeweltrak.platform.files.FileId;

/**
 * Where a stone's certificate is (§Share a Certificate, Data): a loose stone's own file; a manual set stone's
 * CertMain; a combined set stone's is its loose stone's, shown, never copied. Lab and number may be blank;
 * {@code certificateId} is the loose stone's certificate record (null for a CertMain).
 */
public record CertificateFile(Long certificateId, FileId file, String lab, String number, String stockId) {

    /** "GIA 2141438171" or "certificate" — what a mail subject or a file name calls it. */
    public String title() {
        String name = ((lab == null ? "" : lab + " ") + (number == null ? "" : number)).trim();
        return name.isEmpty() ? "Certificate of StockID " + stockId : name;
    }
}
