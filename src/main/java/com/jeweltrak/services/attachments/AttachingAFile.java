package com.jeweltrak.services.attachments;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.files.Thumbnails;
import com.jeweltrak.platform.files.FileId;
import com.jeweltrak.platform.files.StoredFiles;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.UserId;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A photo, drawing, PDF or CAD file added to a job's gallery (03-services §7): a kind the job type offers (R2), an
 * allowed type whose bytes agree with its name, at most 8 MB (R3–R5), kept in the file store with a thumbnail for
 * images (R6).
 */
@Component
public class AttachingAFile {

    private final WorkOrders workOrders;
    private final StoredFiles files;
    private final JdbcClient jdbc;
    private final Clock clock;

    AttachingAFile(WorkOrders workOrders, StoredFiles files, JdbcClient jdbc, Clock clock) {
        this.workOrders = workOrders;
        this.files = files;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public long attach(WorkOrderId id, AttachmentKind kind, String caption, String fileName, byte[] content) {
        WorkOrder job = workOrders.lock(id);
        if (kind == null || !AttachmentKind.forJob(job.orderType()).contains(kind)) {
            throw new BusinessRuleViolated("kind", "Choose what the file shows: " + String.join(", ",
                    AttachmentKind.forJob(job.orderType()).stream().map(AttachmentKind::label).toList()) + ".");
        }
        String text = caption == null || caption.isBlank() ? null : caption.strip();
        if (text != null && text.length() > 500) throw new BusinessRuleViolated("caption", "Keep the caption under 500 characters.");
        AttachmentTypes.Checked checked = AttachmentTypes.check(fileName, content);
        String name = fileName == null || fileName.isBlank() ? "attachment." + checked.extension() : fileName;
        FileId file = files.keep(name, checked.contentType(), content);
        FileId thumbnail = checked.image()
                ? Thumbnails.small(content).map(jpeg -> files.keep("thumbnail-" + file.value() + ".jpg", "image/jpeg", jpeg)).orElse(null)
                : null;
        UserId by = TenantContext.current().map(TenantContext.Actor::user).orElse(null);
        return jdbc.sql("""
                        insert into work_order_attachment (tenant_id, work_order_id, kind, caption, file_id, thumbnail_file_id,
                                                           extension, content_type, size_bytes, created_at, created_by)
                        values (jt_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(id.value(), kind.value(), text, file.value(), thumbnail == null ? null : thumbnail.value(),
                        checked.extension(), checked.contentType(), content.length,
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), by == null ? null : by.value())
                .query(Long.class).single();
    }
}
