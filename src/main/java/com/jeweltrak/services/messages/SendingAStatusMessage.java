package com.jeweltrak.services.messages;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.mail.MailOutbox;
import com.jeweltrak.platform.mail.OutgoingMail;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.services.WorkOrderId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Send or Skip on a proposed status message (10-settings §Custom Build messages R11: editable before sending, may be
 * skipped). E-mail goes through the mail outbox. SMS needs an SMS provider (Twilio), which is not connected: the
 * message is kept as waiting for one — never reported as sent. Either way the outcome is logged on the job.
 */
@Component
public class SendingAStatusMessage {

    private final StatusMessages messages;
    private final MailOutbox outbox;
    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    SendingAStatusMessage(StatusMessages messages, MailOutbox outbox, JdbcClient jdbc, java.time.Clock clock) {
        this.messages = messages;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public StatusMessage.Outcome send(WorkOrderId job, long messageId, MessageChannel channel, String to, String subject,
                                      String body) {
        StatusMessage message = proposal(job, messageId);
        if (channel == null) throw new BusinessRuleViolated("channel", "Choose Email or SMS.");
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) throw new BusinessRuleViolated("body", "The message is empty: write it or skip it.");
        if (text.length() > 4000) throw new BusinessRuleViolated("body", "At most 4,000 characters.");
        String address = to == null || to.isBlank() ? null : to.strip();
        if (channel == MessageChannel.EMAIL) {
            if (address == null || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw new BusinessRuleViolated("to", "Enter the e-mail address to send it to.");
            }
            String title = subject == null || subject.isBlank() ? "Job " + message.status().label() : subject.strip();
            long mail = outbox.enqueue(new OutgoingMail(address, null, null, title, text, null, "work-order-status",
                    "work_order", job.value()));
            decide(messageId, StatusMessage.Outcome.SENT, address, null, title, text, null, mail);
            return StatusMessage.Outcome.SENT;
        }
        if (address == null) throw new BusinessRuleViolated("to", "Enter the mobile number to text.");
        if (address.length() > 40) throw new BusinessRuleViolated("to", "At most 40 characters.");
        decide(messageId, StatusMessage.Outcome.WAITING_FOR_SMS_PROVIDER, null, address, null, null, text, null);
        return StatusMessage.Outcome.WAITING_FOR_SMS_PROVIDER;
    }

    @Transactional
    public void skip(WorkOrderId job, long messageId) {
        proposal(job, messageId);
        decide(messageId, StatusMessage.Outcome.SKIPPED, null, null, null, null, null, null);
    }

    private StatusMessage proposal(WorkOrderId job, long messageId) {
        StatusMessage message = messages.of(job).stream().filter(m -> m.id() == messageId).findFirst()
                .orElseThrow(() -> new RecordNotFound("Message", messageId));
        if (!message.proposed()) {
            throw new BusinessRuleViolated("body", "That message was already " + message.outcome().label().toLowerCase() + ".");
        }
        return message;
    }

    private void decide(long id, StatusMessage.Outcome outcome, String emailTo, String smsTo, String subject, String emailBody,
                        String smsBody, Long mail) {
        Long actor = TenantContext.current().map(TenantContext.Actor::user).map(u -> u == null ? null : u.value()).orElse(null);
        jdbc.sql("""
                        update work_order_message set outcome = ?, decided_at = ?, decided_by = ?, mail_id = ?,
                               email_to = coalesce(?, email_to), sms_to = coalesce(?, sms_to), subject = coalesce(?, subject),
                               email_body = coalesce(?, email_body), sms_body = coalesce(?, sms_body)
                        where id = ? and outcome = 'PROPOSED'""")
                .params(outcome.name(), java.sql.Timestamp.from(clock.instant()), actor, mail, emailTo, smsTo, subject,
                        emailBody, smsBody, id)
                .update();
    }
}
