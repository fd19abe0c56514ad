package com.jeweltrak.services;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import com.jeweltrak.platform.files.FileId;
import com.jeweltrak.platform.tenancy.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signatures of a job as they stand (03-services §5): at most one of each kind, intake first. For the detail
 * page, the API and the printed copies (§5 R5).
 */
@Component
public class WorkOrderSignatures {

    private final JdbcClient jdbc;

    WorkOrderSignatures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<WorkOrderSignature> of(WorkOrderId workOrder) {
        return jdbc.sql("""
                        select id, work_order_id, kind, file_id, signer_name, wording, signed_at, captured_by
                        from work_order_signature where work_order_id = ? order by kind = 'pickup', id""")
                .param(workOrder.value())
                .query((rs, n) -> new WorkOrderSignature(rs.getLong(1), new WorkOrderId(rs.getLong(2)),
                        SignatureKind.of(rs.getString(3)), new FileId(rs.getLong(4)), rs.getString(5), rs.getString(6),
                        rs.getObject(7, OffsetDateTime.class).toInstant(),
                        rs.getObject(8) == null ? null : new UserId(rs.getLong(8))))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<WorkOrderSignature> find(WorkOrderId workOrder, SignatureKind kind) {
        return of(workOrder).stream().filter(s -> s.kind() == kind).findFirst();
    }
}
