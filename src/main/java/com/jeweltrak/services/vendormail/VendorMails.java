package com.jeweltrak.services.vendormail;

import java.time.OffsetDateTime;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.tenancy.UserId;
import com.jeweltrak.services.WorkOrderId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The vendor e-mails of a job, newest first (03-services §6 R6). */
@Component
public class VendorMails {

    private final JdbcClient jdbc;

    VendorMails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<VendorMail> of(WorkOrderId job) {
        return jdbc.sql("""
                        select m.id, m.work_order_id, m.stage_id, s.name, m.vendor_id, m.kind, m.to_address, m.subject, m.body,
                               m.sent_at, m.sent_by
                        from work_order_vendor_mail m
                        join work_order_stage s on s.tenant_id = m.tenant_id and s.id = m.stage_id
                        where m.work_order_id = ? order by m.sent_at desc, m.id desc""")
                .param(job.value())
                .query((rs, n) -> new VendorMail(rs.getLong(1), new WorkOrderId(rs.getLong(2)), rs.getLong(3), rs.getString(4),
                        new ContactId(rs.getLong(5)), VendorMailKind.of(rs.getString(6)), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getObject(10, OffsetDateTime.class).toInstant(),
                        rs.getObject(11) == null ? null : new UserId(rs.getLong(11))))
                .list();
    }
}
