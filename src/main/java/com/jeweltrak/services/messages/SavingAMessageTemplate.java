package com.jeweltrak.services.messages;

import java.util.Set;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.features.Feature;
import com.jeweltrak.platform.features.Features;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.services.OrderType;
import com.jeweltrak.services.WorkOrderStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Save or reset a status message (10-settings §Customizing Custom Build messages R2, R3, R10, R12; §Customizing Repair
 * messages R1). A repair's messages are edited only while Job Automation is on; production has none. A token the
 * product does not know is refused with its name (the spec says "flagged": refusing keeps a typo from reaching a
 * customer as "{CustomerFirstNam}"). Permission (CanManageUsers) is checked by the pages and the API.
 */
@Component
public class SavingAMessageTemplate {

    private final JdbcClient jdbc;
    private final Features features;
    private final java.time.Clock clock;

    SavingAMessageTemplate(JdbcClient jdbc, Features features, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.features = features;
        this.clock = clock;
    }

    @Transactional
    public void save(OrderType kind, WorkOrderStatus status, MessageChannel channel, String subject, String body) {
        check(kind, status, channel);
        String text = body == null ? "" : body.strip();
        String title = channel == MessageChannel.EMAIL && subject != null && !subject.isBlank() ? subject.strip() : null;
        if (text.length() > 4000) throw new BusinessRuleViolated("body", "At most 4,000 characters.");
        if (title != null && title.length() > 200) throw new BusinessRuleViolated("subject", "At most 200 characters.");
        Set<String> unknown = MessageTemplates.unknownTokens(text);
        if (!unknown.isEmpty()) throw new BusinessRuleViolated("body", "Unknown token " + String.join(", ", unknown)
                + ": use " + String.join(", ", MessageTemplates.TOKENS.stream().sorted().map(t -> "{" + t + "}").toList()) + ".");
        unknown = MessageTemplates.unknownTokens(title);
        if (!unknown.isEmpty()) throw new BusinessRuleViolated("subject", "Unknown token " + String.join(", ", unknown) + ".");
        Long actor = TenantContext.current().map(TenantContext.Actor::user).map(u -> u == null ? null : u.value()).orElse(null);
        jdbc.sql("""
                        insert into work_order_message_template (tenant_id, job_kind, status, channel, subject, body, updated_by, updated_at)
                        values (jt_current_tenant(), ?, ?, ?, ?, ?, ?, ?)
                        on conflict (tenant_id, job_kind, status, channel) do update
                        set subject = excluded.subject, body = excluded.body, updated_by = excluded.updated_by,
                            updated_at = excluded.updated_at""")
                .params(kind.value(), status.value(), channel.name(), title, text, actor, java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    /** R10: the override goes; the seeded text applies again. */
    @Transactional
    public void reset(OrderType kind, WorkOrderStatus status, MessageChannel channel) {
        check(kind, status, channel);
        jdbc.sql("delete from work_order_message_template where job_kind = ? and status = ? and channel = ?")
                .params(kind.value(), status.value(), channel.name()).update();
    }

    private void check(OrderType kind, WorkOrderStatus status, MessageChannel channel) {
        if (kind == null || kind == OrderType.MANUFACTURING) {
            throw new BusinessRuleViolated("kind", "Messages are kept for custom jobs and repairs.");
        }
        if (kind == OrderType.REPAIR && !features.on(Feature.JOB_AUTOMATION)) {
            throw new BusinessRuleViolated("kind", "Repair messages are available when Job Automation is on (Settings → Features).");
        }
        if (status == null || !MessageTemplates.STATUSES.contains(status)) {
            throw new BusinessRuleViolated("status", "Choose one of the working statuses.");
        }
        if (channel == null) throw new BusinessRuleViolated("channel", "Choose Email or SMS.");
    }
}
