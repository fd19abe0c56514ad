package com.jeweltrak.services.attachments;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.files.FileRefused;
import com.jeweltrak.platform.files.StoredFiles;
import com.jeweltrak.services.IntakeFixtures;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Photos, drawings and CAD files on a job, on the real database and file store: 03-services §7. */
@IntegrationTest
class WorkOrderAttachmentTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] STL = "solid ring\nfacet normal 0 0 1\nouter loop\nvertex 0 0 0\nvertex 1 0 0\nvertex 0 1 0\nendloop\nendfacet\nendsolid ring\n"
            .getBytes(StandardCharsets.US_ASCII);

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;

    @Autowired IntakeFixtures fixtures;
    @Autowired AttachingAFile attaching;
    @Autowired RemovingAnAttachment removing;
    @Autowired ChangingACaption captioning;
    @Autowired WorkOrderAttachments attachments;
    @Autowired StoredFiles files;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void openTenants(@Autowired TestTenants tenants) {
        tenant = tenants.open("work-order-attachments");
        other = tenants.open("work-order-attachments-other");
    }

    private long attach(WorkOrderId job, AttachmentKind kind, String name, byte[] content) {
        return fixtures.as(tenant, () -> attaching.attach(job, kind, "A caption", name, content));
    }

    private WorkOrderAttachment read(WorkOrderId job, long id) {
        return fixtures.as(tenant, () -> attachments.get(job, id));
    }

    // 03-services §7 R6: an image is kept with a real thumbnail for the gallery
    @Test
    void anImageIsKeptWithAThumbnail() {
        WorkOrderId job = fixtures.custom(tenant, "Halo ring");
        WorkOrderAttachment a = read(job, attach(job, AttachmentKind.INSPIRATION, "inspiration.png", IntakeFixtures.signature()));
        assertThat(a.contentType()).isEqualTo("image/png");
        assertThat(a.caption()).isEqualTo("A caption");
        assertThat(a.thumbnail()).isNotNull();
        assertThat(fixtures.as(tenant, () -> files.open(a.thumbnail())).file().contentType()).isEqualTo("image/jpeg");
    }

    // 03-services §7 R4, R6: a PDF is accepted by its content and shown as a "PDF" tile, without a thumbnail
    @Test
    void aPdfIsKeptAsAPdfWithoutAThumbnail() {
        WorkOrderId job = fixtures.custom(tenant, "Pendant");
        WorkOrderAttachment a = read(job, attach(job, AttachmentKind.VENDOR_DRAWING, "drawing.pdf", PDF));
        assertThat(a.contentType()).isEqualTo("application/pdf");
        assertThat(a.thumbnail()).isNull();
        assertThat(a.label()).isEqualTo("PDF");
    }

    // 03-services §7 R5: a CAD file is accepted by its extension (its content agreeing) and kept as octet-stream
    @Test
    void aCadFileIsAcceptedByItsExtensionAndLabelledWithIt() {
        WorkOrderId job = fixtures.custom(tenant, "Signet");
        WorkOrderAttachment stl = read(job, attach(job, AttachmentKind.THREE_D, "ring.STL", STL));
        assertThat(stl.contentType()).isEqualTo("application/octet-stream");
        assertThat(stl.label()).isEqualTo("STL");
        WorkOrderAttachment dwg = read(job, attach(job, AttachmentKind.CAD, "plan.dwg",
                "AC1032\u0000\u0000\u0000drawing".getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(dwg.extension()).isEqualTo("dwg");
    }

    // 03-services §7 R4: anything but the listed types is refused with the reason
    @Test
    void aFileOfADisallowedTypeIsRefused() {
        WorkOrderId job = fixtures.repair(tenant, "Watch band");
        assertThatThrownBy(() -> attach(job, AttachmentKind.DAMAGE, "setup.exe", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(FileRefused.class).hasMessageContaining(".exe files cannot be attached");
        assertThat(fixtures.as(tenant, () -> attachments.of(job))).isEmpty();
    }

    // 03-services §7 R4, R5: the bytes must agree with the name: a text file called .png, a program called .stl
    @Test
    void aFileWhoseContentDisagreesWithItsNameIsRefused() {
        WorkOrderId job = fixtures.repair(tenant, "Bracelet");
        assertThatThrownBy(() -> attach(job, AttachmentKind.DAMAGE, "photo.png", "hello".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(FileRefused.class).hasMessageContaining("not a PNG file");
        assertThatThrownBy(() -> attach(job, AttachmentKind.CAD, "model.stl", "MZ\u0090\u0000 program".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(FileRefused.class).hasMessageContaining("not a STL file");
    }

    // 03-services §7 R3: at most 8 MB
    @Test
    void aFileOverEightMegabytesIsRefused() {
        WorkOrderId job = fixtures.repair(tenant, "Brooch");
        byte[] big = new byte[8 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> attach(job, AttachmentKind.OTHER, "scan.pdf", big))
                .isInstanceOf(FileRefused.class).hasMessageContaining("at most 8 MB");
    }

    // 03-services §7 R2: the kind is one the job type offers (Inspiration is for custom jobs, Damage for repairs)
    @Test
    void theKindMustBeOneTheJobTypeOffers() {
        WorkOrderId repair = fixtures.repair(tenant, "Earring post");
        assertThatThrownBy(() -> attach(repair, AttachmentKind.INSPIRATION, "idea.pdf", PDF))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("Damage");
        WorkOrderId custom = fixtures.custom(tenant, "Cuff");
        assertThatThrownBy(() -> attach(custom, AttachmentKind.DAMAGE, "idea.pdf", PDF)).isInstanceOf(BusinessRuleViolated.class);
    }

    // 03-services §7 R8: delete removes it from the gallery; the audit log keeps who deleted what
    @Test
    void deletingAnAttachmentRemovesItAndIsAudited() {
        WorkOrderId job = fixtures.custom(tenant, "Locket");
        long id = attach(job, AttachmentKind.OTHER, "old.pdf", PDF);
        fixtures.as(tenant, () -> {
            removing.remove(job, id);
            return null;
        });
        assertThat(fixtures.as(tenant, () -> attachments.of(job))).isEmpty();
        List<Long> by = fixtures.as(tenant, () -> transactions.execute(t -> jdbc.sql("""
                        select user_id from audit_log where table_name = 'work_order_attachment' and row_id = ?
                        and action = 'DELETE'""").param(String.valueOf(id)).query(Long.class).list()));
        assertThat(by).containsExactly(tenant.owner().id().value());
    }

    // 03-services §7 R7: a caption is changed in place; blank clears it
    @Test
    void aCaptionIsChangedAndCleared() {
        WorkOrderId job = fixtures.custom(tenant, "Solitaire");
        long id = attach(job, AttachmentKind.INSPIRATION, "idea.pdf", PDF);
        fixtures.as(tenant, () -> {
            captioning.change(job, id, "  Customer photo of inspiration ring ");
            return null;
        });
        assertThat(read(job, id).caption()).isEqualTo("Customer photo of inspiration ring");
        fixtures.as(tenant, () -> {
            captioning.change(job, id, " ");
            return null;
        });
        assertThat(read(job, id).caption()).isNull();
    }

    // design §4: another tenant can neither attach to nor delete from the job
    @Test
    void anotherTenantCannotTouchTheJobsAttachments() {
        WorkOrderId job = fixtures.custom(tenant, "Tiara");
        long id = attach(job, AttachmentKind.OTHER, "keep.pdf", PDF);
        assertThatThrownBy(() -> fixtures.as(other, () -> attaching.attach(job, AttachmentKind.OTHER, null, "x.pdf", PDF)))
                .isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> fixtures.as(other, () -> {
            removing.remove(job, id);
            return null;
        })).isInstanceOf(RecordNotFound.class);
        assertThat(fixtures.as(tenant, () -> attachments.of(job))).hasSize(1);
    }
}
