package com.jeweltrak.services.messages;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.features.Feature;
import com.jeweltrak.platform.features.Features;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.users.User;
import com.jeweltrak.platform.users.Users;
import com.jeweltrak.services.OrderType;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrderStatus;
import com.jeweltrak.services.WorkOrderStatusChanged;
import com.jeweltrak.services.WorkOrders;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 03-services §14, §2 R4, 10-settings §Repair messages R1–R2: changing a job's status proposes that status's message —
 * for a custom job always, for a repair only with Job Automation on, for production never — when its template has a
 * body. The proposal is kept on the job with both slots filled in (R5: tokens replaced now, with live data) until staff
 * send or skip it; a newer proposal replaces one left undecided.
 */
@Component
public class StatusMessages {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private final MessageTemplates templates;
    private final Features features;
    private final WorkOrders workOrders;
    private final Contacts contacts;
    private final Users users;
    private final Stores stores;
    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    StatusMessages(MessageTemplates templates, Features features, WorkOrders workOrders, Contacts contacts, Users users,
                   Stores stores, JdbcClient jdbc, java.time.Clock clock) {
        this.templates = templates;
        this.features = features;
        this.workOrders = workOrders;
        this.contacts = contacts;
        this.users = users;
        this.stores = stores;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** §14: which jobs get a message proposed at all. */
    public boolean proposesFor(OrderType kind) {
        return kind == OrderType.CUSTOM || kind == OrderType.REPAIR && features.on(Feature.JOB_AUTOMATION);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(WorkOrderStatusChanged event) {
        WorkOrder job = workOrders.get(event.workOrder());
        if (!proposesFor(job.orderType()) || !MessageTemplates.STATUSES.contains(event.to())) return;
        var email = templates.template(job.orderType(), event.to(), MessageChannel.EMAIL);
        var sms = templates.template(job.orderType(), event.to(), MessageChannel.SMS);
        if (email.empty() && sms.empty()) return;
        boolean toVendor = MessageTemplates.toVendor(event.to());
        Contact to = Optional.ofNullable(toVendor ? job.vendor() : job.customer()).flatMap(contacts::find).orElse(null);
        Map<String, String> values = values(job);
        jdbc.sql("update work_order_message set outcome = 'SKIPPED', decided_at = ? where work_order_id = ? and outcome = 'PROPOSED'")
                .params(java.sql.Timestamp.from(clock.instant()), job.id().value()).update();
        jdbc.sql("""
                        insert into work_order_message (tenant_id, work_order_id, status, audience, email_to, sms_to, subject,
                                                        email_body, sms_body, proposed_at)
                        values (jt_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(job.id().value(), event.to().value(), toVendor ? "VENDOR" : "CUSTOMER",
                        to == null ? null : to.reach().email(), to == null ? null : to.reach().mobilePhone(),
                        MessageTemplates.render(email.subject(), values), email.empty() ? null : MessageTemplates.render(email.body(), values),
                        sms.empty() ? null : MessageTemplates.render(sms.body(), values), java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    /** The job's messages, newest first. */
    @Transactional(readOnly = true)
    public List<StatusMessage> of(WorkOrderId job) {
        return jdbc.sql("""
                        select id, work_order_id, status, audience, email_to, sms_to, subject, email_body, sms_body, outcome,
                               proposed_at, decided_at
                        from work_order_message where work_order_id = ? order by proposed_at desc, id desc""")
                .param(job.value())
                .query((rs, n) -> new StatusMessage(rs.getLong(1), new WorkOrderId(rs.getLong(2)), WorkOrderStatus.of(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        StatusMessage.Outcome.valueOf(rs.getString(10)), rs.getTimestamp(11).toInstant(),
                        rs.getTimestamp(12) == null ? null : rs.getTimestamp(12).toInstant()))
                .list();
    }

    /** The proposal waiting for Send or Skip, if any. */
    @Transactional(readOnly = true)
    public Optional<StatusMessage> pending(WorkOrderId job) {
        return of(job).stream().filter(StatusMessage::proposed).findFirst();
    }

    /** R6–R8 and Repair messages R4: the live values of the tokens. */
    Map<String, String> values(WorkOrder job) {
        Map<String, String> v = new HashMap<>();
        Contact customer = job.customer() == null ? null : contacts.find(job.customer()).orElse(null);
        Contact vendor = job.vendor() == null ? null : contacts.find(job.vendor()).orElse(null);
        String number = String.format("%06d", job.number());
        v.put("CustomerFirstName", customer == null ? "" : customer.name().firstName() != null ? customer.name().firstName()
                : customer.displayName());
        v.put("CustomerName", customer == null ? "" : customer.displayName());
        v.put("BuildID", number);
        v.put("RepairID", number);
        v.put("WorkOrderNumber", number);
        v.put("ItemDescription", itemDescription(job));
        v.put("Salesperson", job.salesperson() == null ? "" : users.find(job.salesperson()).map(User::displayName).orElse(""));
        v.put("StoreName", stores.find(job.store()).map(com.jeweltrak.platform.tenancy.Store::name).orElse(""));
        v.put("VendorName", vendor == null ? "" : vendor.name().company() != null ? vendor.name().company() : vendor.displayName());
        v.put("PromisedDate", job.promisedDate() == null ? "" : LONG_DATE.format(job.promisedDate()));
        return v;
    }

    /** R7: the description, else "MainGroup / Category" skipping an empty part. */
    static String itemDescription(WorkOrder job) {
        if (job.description() != null && !job.description().isBlank()) return job.description().strip();
        return java.util.stream.Stream.of(job.mainGroup(), job.category()).filter(s -> s != null && !s.isBlank())
                .map(String::strip).reduce((a, b) -> a + " / " + b).orElse("");
    }
}
