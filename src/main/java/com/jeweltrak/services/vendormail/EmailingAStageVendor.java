package com.jeweltrak.services.vendormail;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.files.FileId;
import com.jeweltrak.platform.mail.MailOutbox;
import com.jeweltrak.platform.mail.OutgoingMail;
import com.jeweltrak.platform.mail.Recipients;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.UserId;
import com.jeweltrak.services.OrderType;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrderStatus;
import com.jeweltrak.services.WorkOrders;
import com.jeweltrak.services.attachments.WorkOrderAttachment;
import com.jeweltrak.services.attachments.WorkOrderAttachments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-mail the vendor of a job's stage (03-services §6): a quote request or a work request, pre-filled from the job and
 * the stage (R3) and editable before sending, queued in the mail outbox and logged on the job (R6). Only a stage with a
 * vendor offers it (R1); a vendor without an e-mail address is refused with the reason (R5). Like the bench copy, the
 * mail never names the customer or any price (R4).
 */
@Component
public class EmailingAStageVendor {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private final WorkOrders workOrders;
    private final WorkOrderAttachments attachments;
    private final Contacts contacts;
    private final Stores stores;
    private final MailOutbox outbox;
    private final JdbcClient jdbc;
    private final Clock clock;

    EmailingAStageVendor(WorkOrders workOrders, WorkOrderAttachments attachments, Contacts contacts, Stores stores,
                         MailOutbox outbox, JdbcClient jdbc, Clock clock) {
        this.workOrders = workOrders;
        this.attachments = attachments;
        this.contacts = contacts;
        this.stores = stores;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What to send: the kind asked for, or a quote request while the job awaits the vendor's quote (R2), else a work request. */
    @Transactional(readOnly = true)
    public VendorMailDraft draft(WorkOrderId id, long stageId, VendorMailKind asked) {
        WorkOrder job = workOrders.get(id);
        WorkOrder.Stage stage = stage(job, stageId);
        Contact vendor = vendor(stage);
        String to = address(vendor);
        VendorMailKind kind = asked != null ? asked
                : job.status() == WorkOrderStatus.AVQ || job.status() == WorkOrderStatus.QN ? VendorMailKind.QUOTE_REQUEST
                : VendorMailKind.WORK_REQUEST;
        List<WorkOrderAttachment> files = attachments.of(id);
        String number = number(job);
        String subject = kind.label() + " — work order " + number + ": " + stage.name();
        StringBuilder body = new StringBuilder("Hello ").append(vendor.displayName()).append(",\n\n")
                .append(kind == VendorMailKind.QUOTE_REQUEST
                        ? "Could you send us your price and turnaround for the work below?"
                        : "Please go ahead with the work below.")
                .append("\n\nWork order: ").append(number)
                .append("\nStage: ").append(stage.name())
                .append("\nPiece: ").append(job.item());
        if (stage.instructions() != null) body.append("\nInstructions: ").append(stage.instructions());
        if (stage.dueDate() != null) body.append("\nNeeded by: ").append(DUE.format(stage.dueDate()));
        if (stage.trackingNumber() != null) body.append("\nTracking number: ").append(stage.trackingNumber());
        if (!files.isEmpty()) {
            body.append("\nFiles: ").append(String.join(", ", files.stream().map(WorkOrderAttachment::fileName).toList()));
        }
        String store = stores.find(job.store()).map(Store::name).orElse("");
        body.append("\n\nWith kind regards,\n").append(store);
        List<VendorMailDraft.Attachable> attachable = new ArrayList<>();
        for (WorkOrderAttachment a : files) attachable.add(new VendorMailDraft.Attachable(a.id(), a.fileName(), a.kind().label()));
        return new VendorMailDraft(stage.id(), stage.name(), vendor.displayName(), to, kind, subject, body.toString(), attachable);
    }

    /** Sends the (edited) mail to the vendor's address on file, with the chosen files of the job; answers the log id. */
    @Transactional
    public long send(WorkOrderId id, long stageId, VendorMailKind kind, String subject, String body, List<Long> attachmentIds) {
        WorkOrder job = workOrders.lock(id);
        WorkOrder.Stage stage = stage(job, stageId);
        if (job.status().isEnd()) throw new BusinessRuleViolated("The job is " + job.status().label().toLowerCase() + "; no vendor e-mail goes out for it.");
        Contact vendor = vendor(stage);
        String to = address(vendor);
        if (kind == null) throw new BusinessRuleViolated("kind", "Choose a quote request or a work request.");
        String subjectText = subject == null ? "" : subject.strip();
        String bodyText = body == null ? "" : body.strip();
        if (subjectText.isEmpty()) throw new BusinessRuleViolated("subject", "Write a subject.");
        if (subjectText.length() > 300) throw new BusinessRuleViolated("subject", "Keep the subject under 300 characters.");
        if (bodyText.isEmpty()) throw new BusinessRuleViolated("body", "Write the message.");
        if (bodyText.length() > 20000) throw new BusinessRuleViolated("body", "Keep the message under 20,000 characters.");
        List<FileId> files = new ArrayList<>();
        for (Long attachment : attachmentIds == null ? List.<Long>of() : attachmentIds) {
            try {
                files.add(attachments.get(id, attachment).file());
            } catch (RecordNotFound other) {
                throw new BusinessRuleViolated("attachmentIds", "Only this job's own files can go with the e-mail.");
            }
        }
        long mail = outbox.enqueue(new OutgoingMail(to, vendor.displayName(), null, subjectText, bodyText, null,
                "work_order_" + kind.value(), "work_order", id.value()), files);
        UserId by = TenantContext.current().map(TenantContext.Actor::user).orElse(null);
        return jdbc.sql("""
                        insert into work_order_vendor_mail (tenant_id, work_order_id, stage_id, vendor_id, kind, to_address,
                                                            subject, body, mail_id, sent_at, sent_by)
                        values (jt_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(id.value(), stageId, vendor.id().value(), kind.value(), to, subjectText, bodyText, mail,
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), by == null ? null : by.value())
                .query(Long.class).single();
    }

    private static WorkOrder.Stage stage(WorkOrder job, long stageId) {
        return job.stages().stream().filter(s -> s.id() == stageId).findFirst()
                .orElseThrow(() -> new RecordNotFound("Stage", stageId));
    }

    /** R1: only a stage with a vendor (a contact in the Vendor role) can be e-mailed. */
    private Contact vendor(WorkOrder.Stage stage) {
        if (stage.vendor() == null) {
            throw new BusinessRuleViolated("stage", "The stage " + stage.name() + " has no vendor: choose the vendor on the stage first.");
        }
        Contact vendor = contacts.find(stage.vendor()).orElseThrow(() -> new RecordNotFound("Vendor", stage.vendor()));
        if (!vendor.hasRole(ContactRole.VENDOR)) {
            throw new BusinessRuleViolated("stage", vendor.displayName() + " is not a vendor.");
        }
        return vendor;
    }

    /** R5: the vendor's address on file, and it must be one. */
    private static String address(Contact vendor) {
        String email = vendor.reach() == null ? null : vendor.reach().email();
        if (email == null || email.isBlank()) throw new VendorHasNoEmail(vendor.displayName());
        return Recipients.checked(email);
    }

    /** The job's number as the shop says it: custom jobs as the six-digit BuildID (§0). */
    static String number(WorkOrder job) {
        return job.orderType() == OrderType.CUSTOM ? String.format("%06d", job.number()) : Long.toString(job.number());
    }
}
