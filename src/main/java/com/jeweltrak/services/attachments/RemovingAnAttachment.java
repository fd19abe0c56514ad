package com.jeweltrak.services.attachments;

import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An attachment taken off a job's gallery (03-services §7 R8), after the page asked for confirmation. The row's
 * delete is audited (who, when, the row as it was). The stored bytes stay: the platform's file store writes each file
 * once and has no delete, and the audit entry still names the file.
 */
@Component
public class RemovingAnAttachment {

    private final WorkOrders workOrders;
    private final WorkOrderAttachments attachments;
    private final JdbcClient jdbc;

    RemovingAnAttachment(WorkOrders workOrders, WorkOrderAttachments attachments, JdbcClient jdbc) {
        this.workOrders = workOrders;
        this.attachments = attachments;
        this.jdbc = jdbc;
    }

    @Transactional
    public void remove(WorkOrderId job, long attachmentId) {
        workOrders.lock(job);
        attachments.get(job, attachmentId);
        jdbc.sql("delete from work_order_attachment where work_order_id = ? and id = ?").params(job.value(), attachmentId).update();
    }
}
