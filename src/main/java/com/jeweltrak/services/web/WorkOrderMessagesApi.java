package com.jeweltrak.services.web;

import java.time.Instant;
import java.util.List;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.services.OrderType;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.WorkOrderStatus;
import com.jeweltrak.services.messages.MessageTemplates;
import com.jeweltrak.services.messages.SavingAMessageTemplate;
import com.jeweltrak.services.messages.SendingAStatusMessage;
import com.jeweltrak.services.messages.StatusMessage;
import com.jeweltrak.services.messages.StatusMessages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Status messages over the API (03-services §14; 10-settings message templates): the job's log, Send/Skip, templates. */
@RestController
@Tag(name = "Work orders")
class WorkOrderMessagesApi {

    record MessageJson(long id, String status, String audience, String emailTo, String smsTo, String subject,
                       String emailBody, String smsBody, String outcome, Instant proposedAt, Instant decidedAt) {
    }

    record DecisionRequest(long messageId, String action, String channel, String to, String subject, String body) {
    }

    record TemplateJson(String kind, String status, String channel, String subject, String body, boolean overridden) {
    }

    record TemplateRequest(String kind, String status, String channel, String subject, String body) {
    }

    private final WorkOrderPage page;
    private final StatusMessages messages;
    private final SendingAStatusMessage sending;
    private final MessageTemplates templates;
    private final SavingAMessageTemplate saving;

    WorkOrderMessagesApi(WorkOrderPage page, StatusMessages messages, SendingAStatusMessage sending, MessageTemplates templates,
                         SavingAMessageTemplate saving) {
        this.page = page;
        this.messages = messages;
        this.sending = sending;
        this.templates = templates;
        this.saving = saving;
    }

    @GetMapping("/api/v1/work-orders/{id}/messages")
    @PreAuthorize(WorkOrderPermissions.VIEW)
    @Operation(summary = "The job's status messages, newest first: PROPOSED (waiting for Send or Skip), SENT (e-mail queued "
            + "to the outbox), WAITING_FOR_SMS_PROVIDER (no SMS provider is connected: not sent) or SKIPPED")
    List<MessageJson> list(@PathVariable long id) {
        return messages.of(page.visible(id).id()).stream().map(WorkOrderMessagesApi::json).toList();
    }

    @PostMapping("/api/v1/work-orders/{id}/message")
    @PreAuthorize(WorkOrderPermissions.EDIT)
    @Operation(summary = "Decide a proposed message: action SEND with channel EMAIL or SMS (to, subject, body as edited) or "
            + "action SKIP; 422 when it was already decided or the address is missing")
    MessageJson decide(@PathVariable long id, @RequestBody DecisionRequest request) {
        WorkOrder job = page.visible(id);
        if ("SKIP".equalsIgnoreCase(request.action())) sending.skip(job.id(), request.messageId());
        else if ("SEND".equalsIgnoreCase(request.action())) {
            sending.send(job.id(), request.messageId(), WorkOrderMessagesController.channel(request.channel()), request.to(),
                    request.subject(), request.body());
        } else throw new BusinessRuleViolated("action", "The action is SEND or SKIP.");
        return messages.of(job.id()).stream().filter(m -> m.id() == request.messageId()).map(WorkOrderMessagesApi::json)
                .findFirst().orElseThrow();
    }

    @GetMapping("/api/v1/work-order-message-templates")
    @PreAuthorize("hasAuthority('CanManageUsers')")
    @Operation(summary = "The status message templates of custom jobs (kind=custom) or repairs (kind=repair): each status "
            + "× channel with the saved override or the seeded default")
    List<TemplateJson> templates(@RequestParam(defaultValue = "custom") String kind) {
        OrderType type = kind(kind);
        return templates.all(type).stream().map(t -> new TemplateJson(type.value(), t.status().value(), t.channel().name(),
                t.subject(), t.body(), t.overridden())).toList();
    }

    @PutMapping("/api/v1/work-order-message-templates")
    @PreAuthorize("hasAuthority('CanManageUsers')")
    @Operation(summary = "Save a status message template (kind custom|repair, status, channel EMAIL|SMS, subject, body); 422 "
            + "for an unknown token, or repair messages while Job Automation is off")
    List<TemplateJson> save(@RequestBody TemplateRequest request) {
        OrderType type = kind(request.kind());
        WorkOrderStatus status;
        try {
            status = WorkOrderStatus.of(request.status() == null ? "" : request.status());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolated("status", "Unknown status " + request.status() + ".");
        }
        saving.save(type, status, WorkOrderMessagesController.channel(request.channel()), request.subject(), request.body());
        return templates(type.value());
    }

    private static OrderType kind(String kind) {
        try {
            return OrderType.of(kind == null ? "" : kind);
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolated("kind", "The kind is custom or repair.");
        }
    }

    static MessageJson json(StatusMessage m) {
        return new MessageJson(m.id(), m.status().value(), m.audience(), m.emailTo(), m.smsTo(), m.subject(), m.emailBody(),
                m.smsBody(), m.outcome().name(), m.proposedAt(), m.decidedAt());
    }
}
