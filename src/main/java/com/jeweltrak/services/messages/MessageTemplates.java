package com.jeweltrak.services.messages;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jeweltrak.services.OrderType;
import com.jeweltrak.services.WorkOrderStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The status messages of custom jobs and repairs (10-settings §Customizing Custom Build messages, §Customizing Repair
 * messages): a seeded default per status × channel, shipped with the product, and the tenant's saved override, which
 * applies only once saved (R3). QN and OH ship empty (R4). AVQ goes to the vendor, the others to the customer. Tokens
 * are replaced with live data when the message is proposed for sending (R5).
 */
@Component
public class MessageTemplates {

    /** The working statuses the editor lists (§0 table), in its order. */
    public static final List<WorkOrderStatus> STATUSES = List.of(WorkOrderStatus.AVQ, WorkOrderStatus.CR, WorkOrderStatus.IP,
            WorkOrderStatus.RP, WorkOrderStatus.QN, WorkOrderStatus.OH);

    /** R6–R8, Repair messages R4 (+ {WorkOrderNumber}, the same number): the tokens filled at send time. */
    public static final Set<String> TOKENS = Set.of("CustomerFirstName", "CustomerName", "BuildID", "RepairID",
            "WorkOrderNumber", "ItemDescription", "Salesperson", "StoreName", "VendorName", "PromisedDate");

    private static final Pattern TOKEN = Pattern.compile("\\{([A-Za-z]+)}");

    /** What a slot says now: the saved override, else the seeded default. */
    public record Template(OrderType kind, WorkOrderStatus status, MessageChannel channel, String subject, String body,
                           boolean overridden) {
        public boolean empty() {
            return body == null || body.isBlank();
        }
    }

    private final JdbcClient jdbc;

    MessageTemplates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** §Custom Build messages Data: the vendor quote request goes to the vendor, every other message to the customer. */
    public static boolean toVendor(WorkOrderStatus status) {
        return status == WorkOrderStatus.AVQ;
    }

    @Transactional(readOnly = true)
    public Template template(OrderType kind, WorkOrderStatus status, MessageChannel channel) {
        return jdbc.sql("select subject, body from work_order_message_template where job_kind = ? and status = ? and channel = ?")
                .params(kind.value(), status.value(), channel.name())
                .query((rs, n) -> new Template(kind, status, channel, rs.getString(1), rs.getString(2), true))
                .optional().orElseGet(() -> seeded(kind, status, channel));
    }

    @Transactional(readOnly = true)
    public List<Template> all(OrderType kind) {
        List<Template> all = new ArrayList<>();
        for (WorkOrderStatus s : STATUSES) for (MessageChannel c : MessageChannel.values()) all.add(template(kind, s, c));
        return all;
    }

    /** R9: the tokens of a text that are not among {@link #TOKENS}, in order. */
    public static Set<String> unknownTokens(String text) {
        Set<String> unknown = new LinkedHashSet<>();
        if (text == null) return unknown;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) if (!TOKENS.contains(m.group(1))) unknown.add("{" + m.group(1) + "}");
        return unknown;
    }

    /** R5: every known token replaced by its value (an empty value renders empty, R8); anything else is left as typed. */
    public static String render(String text, Map<String, String> values) {
        if (text == null) return null;
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = TOKENS.contains(m.group(1)) ? values.getOrDefault(m.group(1), "") : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The seeded defaults (the product's wording); a repair names its number {RepairID}, a build {BuildID}. */
    static Template seeded(OrderType kind, WorkOrderStatus status, MessageChannel channel) {
        String id = kind == OrderType.CUSTOM ? "{BuildID}" : "{RepairID}";
        String job = kind == OrderType.CUSTOM ? "build" : "repair";
        String subject = null;
        String body = "";
        boolean email = channel == MessageChannel.EMAIL;
        switch (status) {
            case AVQ -> {
                subject = "Quote request: " + job + " " + id;
                body = email ? "Hello {VendorName},\n\nCould you send us your quote for " + job + " " + id
                        + ": {ItemDescription}? We have promised it to our customer for {PromisedDate}.\n\nThank you,\n"
                        + "{Salesperson}\n{StoreName}"
                        : "{StoreName}: please quote " + job + " " + id + " ({ItemDescription}). Thank you, {Salesperson}";
            }
            case CR -> {
                subject = "Your quote is ready: " + job + " " + id;
                body = email ? "Hi {CustomerFirstName},\n\nThe quote for your {ItemDescription} (" + job + " " + id
                        + ") is ready for your review. Reply to this e-mail or call us to go ahead.\n\n{Salesperson}\n{StoreName}"
                        : "Hi {CustomerFirstName}, the quote for your {ItemDescription} (" + id + ") is ready. {StoreName}";
            }
            case IP -> {
                subject = "Work has started: " + job + " " + id;
                body = email ? "Hi {CustomerFirstName},\n\nWork on your {ItemDescription} (" + job + " " + id
                        + ") has started. We expect it to be ready by {PromisedDate}.\n\n{Salesperson}\n{StoreName}"
                        : "Hi {CustomerFirstName}, work on your {ItemDescription} (" + id + ") has started. {StoreName}";
            }
            case RP -> {
                subject = "Ready for pickup: " + job + " " + id;
                body = email ? "Hi {CustomerFirstName},\n\nGood news: your {ItemDescription} (" + job + " " + id
                        + ") is ready for pickup at {StoreName}.\n\n{Salesperson}\n{StoreName}"
                        : "Hi {CustomerFirstName}, your {ItemDescription} (" + id + ") is ready for pickup at {StoreName}.";
            }
            default -> { } // R4: QN and OH ship with empty bodies
        }
        return new Template(kind, status, channel, email ? subject : null, body, false);
    }
}
