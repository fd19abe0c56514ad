package com.jeweltrak.services.copies;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;

import com.jeweltrak.services.IntakeFixtures;
import com.jeweltrak.services.SignatureKind;
import com.jeweltrak.services.SigningAWorkOrder;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrderStatus;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signatures on the printed copies (03-services §5 R5, §9 R2/R4): a job signed at intake and at pickup is printed three
 * times; each copy's text (and images) are read back from the PDF.
 */
@IntegrationTest
class WorkOrderCopySignaturesTests {

    static final String INTAKE_SIGNER = "Ingrid Inksworth";
    static final String PICKUP_SIGNER = "Peter Pickwell";

    static TestTenants.Tenant tenant;
    static WorkOrderId signed;
    static WorkOrderId unsigned;

    @Autowired IntakeFixtures fixtures;
    @Autowired WorkOrderCopies copies;

    @BeforeAll
    static void signAJob(@Autowired TestTenants tenants, @Autowired IntakeFixtures fixtures,
                         @Autowired SigningAWorkOrder signing) {
        tenant = tenants.open("copies-signed");
        signed = fixtures.repair(tenant, "Size ring down two sizes");
        fixtures.as(tenant, () -> signing.sign(signed, SignatureKind.INTAKE, INTAKE_SIGNER, IntakeFixtures.signature(), "test"));
        fixtures.move(tenant, signed, WorkOrderStatus.IP, WorkOrderStatus.RP);
        fixtures.as(tenant, () -> signing.sign(signed, SignatureKind.PICKUP, PICKUP_SIGNER, otherStroke(), "test"));
        fixtures.move(tenant, signed, WorkOrderStatus.PICKED_UP);
        unsigned = fixtures.repair(tenant, "Polish bangle");
    }

    /** A second, different drawing: the PDF keeps one image per distinct picture. */
    static byte[] otherStroke() {
        BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(4));
        g.drawLine(30, 30, 270, 80);
        g.dispose();
        return IntakeFixtures.png(image);
    }

    private record Read(String text, int images) {
    }

    private Read print(WorkOrderId id, Copy copy) throws IOException {
        byte[] pdf = fixtures.as(tenant, () -> copies.pdf(fixtures.read(tenant, id), copy));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int images = 0;
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) images++;
                }
            }
            return new Read(new PDFTextStripper().getText(document), images);
        }
    }

    // 03-services §5 R5: the counter copy prints both signatures, each with its signer and the day it was signed
    @Test
    void theCounterCopyPrintsTheIntakeAndPickupSignatures() throws IOException {
        Read counter = print(signed, Copy.COUNTER);
        assertThat(counter.text()).contains("Intake signature", "Pickup signature", "Signed by " + INTAKE_SIGNER,
                "Signed by " + PICKUP_SIGNER);
        assertThat(counter.images()).isEqualTo(2);
    }

    // 03-services §5 R5: the customer's own copy carries their signatures too
    @Test
    void theCustomerCopyPrintsTheIntakeAndPickupSignatures() throws IOException {
        Read customer = print(signed, Copy.CUSTOMER);
        assertThat(customer.text()).contains("Signed by " + INTAKE_SIGNER, "Signed by " + PICKUP_SIGNER);
        assertThat(customer.images()).isEqualTo(2);
    }

    // 03-services §5 R5 with §9 R4: the bench never sees who the customer is — no signature, no signer's name
    @Test
    void theBenchCopyNeverPrintsASignature() throws IOException {
        Read bench = print(signed, Copy.BENCH);
        assertThat(bench.text()).doesNotContain(INTAKE_SIGNER).doesNotContain(PICKUP_SIGNER).doesNotContain("Signed")
                .doesNotContain("signature");
        assertThat(bench.images()).isZero();
    }

    // 03-services §5 R6: an unsigned job prints without a signatures section (a signature is evidence, not a gate)
    @Test
    void anUnsignedJobPrintsNoSignatureSection() throws IOException {
        assertThat(print(unsigned, Copy.COUNTER).text()).doesNotContain("Signed").doesNotContain("Signatures");
    }
}
