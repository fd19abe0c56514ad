package com.jeweltrak.services.attachments;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An attachment's caption edited in the gallery (03-services §7 R7); blank clears it. */
@Component
public class ChangingACaption {

    private final WorkOrders workOrders;
    private final WorkOrderAttachments attachments;
    private final JdbcClient jdbc;

    ChangingACaption(WorkOrders workOrders, WorkOrderAttachments attachments, JdbcClient jdbc) {
        this.workOrders = workOrders;
        this.attachments = attachments;
        this.jdbc = jdbc;
    }

    @Transactional
    public void change(WorkOrderId job, long attachmentId, String caption) {
        workOrders.lock(job);
        attachments.get(job, attachmentId);
        String text = caption == null || caption.isBlank() ? null : caption.strip();
        if (text != null && text.length() > 500) throw new BusinessRuleViolated("caption", "Keep the caption under 500 characters.");
        jdbc.sql("update work_order_attachment set caption = ? where work_order_id = ? and id = ?")
                .params(text, job.value(), attachmentId).update();
    }
}
