package com.jeweltrak.services.attachments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.files.FileId;
import com.jeweltrak.platform.tenancy.UserId;
import com.jeweltrak.services.WorkOrderId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A job's attachments as stored, oldest first (the gallery's order). */
@Component
public class WorkOrderAttachments {

    private static final String SELECT = """
            select a.id, a.work_order_id, a.kind, a.caption, a.file_id, a.thumbnail_file_id, f.file_name, a.extension,
                   a.content_type, a.size_bytes, a.created_at, a.created_by
            from work_order_attachment a join stored_file f on f.tenant_id = a.tenant_id and f.id = a.file_id""";

    private final JdbcClient jdbc;

    WorkOrderAttachments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<WorkOrderAttachment> of(WorkOrderId job) {
        return jdbc.sql(SELECT + " where a.work_order_id = ? order by a.id").param(job.value())
                .query(WorkOrderAttachments::map).list();
    }

    /** One attachment of the job; another job's (or tenant's) is not found. */
    @Transactional(readOnly = true)
    public WorkOrderAttachment get(WorkOrderId job, long id) {
        return jdbc.sql(SELECT + " where a.work_order_id = ? and a.id = ?").params(job.value(), id)
                .query(WorkOrderAttachments::map).optional().orElseThrow(() -> new RecordNotFound("Attachment", id));
    }

    private static WorkOrderAttachment map(ResultSet rs, int row) throws SQLException {
        return new WorkOrderAttachment(rs.getLong(1), new WorkOrderId(rs.getLong(2)), AttachmentKind.of(rs.getString(3)),
                rs.getString(4), new FileId(rs.getLong(5)), rs.getObject(6) == null ? null : new FileId(rs.getLong(6)),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getLong(10),
                rs.getObject(11, OffsetDateTime.class).toInstant(), rs.getObject(12) == null ? null : new UserId(rs.getLong(12)));
    }
}
