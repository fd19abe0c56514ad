package com.jeweltrak.contacts.certificates;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.demo.DemoDataContributor;
import com.jeweltrak.platform.demo.DemoSize;
import com.jeweltrak.platform.demo.DemoTenant;
import com.jeweltrak.platform.files.FileId;
import com.jeweltrak.platform.files.StoredFiles;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Certificates for the demo's wholesale customers (tax status RESALE, made by the contacts contributor
 * at order 100): one verified and valid, one expiring in about two weeks, one expired — the three
 * states the section warns about (R6). With no wholesale customers it adds nothing.
 */
@Component
class ResaleCertificateDemoData implements DemoDataContributor {

    private final JdbcClient jdbc;
    private final ResaleCertificates certificates;
    private final StoredFiles files;
    private final BusinessToday today;
    private final UsStates states;

    ResaleCertificateDemoData(JdbcClient jdbc, ResaleCertificates certificates, StoredFiles files, BusinessToday today,
                              UsStates states) {
        this.states = states;
        this.jdbc = jdbc;
        this.certificates = certificates;
        this.files = files;
        this.today = today;
    }

    @Override
    public int order() {
        return 120;
    }

    @Override
    public void contribute(DemoTenant tenant, DemoSize size) {
        List<ContactId> wholesale = jdbc.sql("""
                        select id from contact where tax_status = 'RESALE' and merged_into_id is null order by id limit 3""")
                .query((rs, n) -> new ContactId(rs.getLong(1))).list();
        UserId owner = TenantContext.current().map(TenantContext.Actor::user).orElse(null);
        LocalDate date = LocalDate.ofInstant(today.now(), ZoneId.of("America/New_York"));
        Instant now = today.now();
        String[][] plans = {
                {"IL", "IL-RES-4471-2093", "valid"},
                {"CA", "SR-KH-102-558231", "soon"},
                {"TX", "3-20145-8876-1", "expired"}};
        for (int i = 0; i < wholesale.size(); i++) {
            ContactId contact = wholesale.get(i);
            String[] plan = plans[i];
            LocalDate expires = switch (plan[2]) {
                case "valid" -> date.plusYears(2);
                case "soon" -> date.plusDays(14);
                default -> date.minusDays(20);
            };
            FileId document = files.store("resale-certificate-" + plan[0] + ".pdf", "application/pdf",
                    DemoCertificatePdf.of(plan[0] + " resale certificate " + plan[1]));
            CertificateId id = certificates.add(contact, new CertificateDetails(plan[0], plan[1], expires.minusYears(3),
                    expires, "Demo certificate"), document);
            if (owner != null) {
                String portal = states.find(plan[0]).map(UsStates.UsState::portalUrl).orElse(null);
                certificates.recordVerification(id, now, owner, VerificationResult.VALID, portal);
            }
        }
    }

    /** A one-page PDF saying what it stands for, so the demo's document links open something. */
    static final class DemoCertificatePdf {

        static byte[] of(String line) {
            String text = line.replace("\\", "").replace("(", "").replace(")", "");
            String stream = "BT /F1 18 Tf 72 720 Td (" + text + ") Tj 0 -28 Td /F1 11 Tf (Demo document - not a real permit) Tj ET";
            String[] objects = {
                    "<< /Type /Catalog /Pages 2 0 R >>",
                    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                    "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
            StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
            int[] offsets = new int[objects.length];
            for (int i = 0; i < objects.length; i++) {
                offsets[i] = pdf.length();
                pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
            }
            int xref = pdf.length();
            pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
            for (int offset : offsets) pdf.append(String.format("%010d 00000 n \n", offset));
            pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                    .append(xref).append("\n%%EOF\n");
            return pdf.toString().getBytes(StandardCharsets.US_ASCII);
        }
    }
}
