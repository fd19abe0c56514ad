package com.jeweltrak.reports.pricelists;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.files.FileId;
import com.jeweltrak.platform.files.StoredFiles;
import com.jeweltrak.platform.mail.MailOutbox;
import com.jeweltrak.platform.mail.OutgoingMail;
import com.jeweltrak.platform.mail.Recipients;
import com.jeweltrak.platform.pdf.HtmlPdf;
import com.jeweltrak.platform.pdf.Letterhead;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.Stores;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * 09-reports §6 R6 Email Selected: one branded PDF quote listing the ticked stones at Price 1 with $/ct (R1, R2), and
 * each stone's lab certificate attached as a PDF of its own; a stone without a certificate file is listed and adds no
 * attachment. Sent through the outbox, so it goes exactly when this transaction commits.
 */
@Service
public class DiamondQuotes {

    static final String TEMPLATE = "reports/pricelists/diamond-quote-pdf";

    /** One quoted stone: what the quote prints, and its certificate file if it has one. */
    public record Stone(long itemId, long stockNumber, String shape, BigDecimal carats, String color, String clarity,
                        String lab, String certNumber, String measurements, BigDecimal pricePerCarat, BigDecimal price,
                        Long certificateFile) {
    }

    public record Quote(Letterhead store, LocalDate date, String message, List<Stone> stones, BigDecimal total) {
    }

    public record Request(String to, String subject, String message, List<Long> stones) {
    }

    private final JdbcClient jdbc;
    private final Stores stores;
    private final StoredFiles files;
    private final MailOutbox outbox;
    private final ITemplateEngine templates;
    private final Clock clock;

    DiamondQuotes(JdbcClient jdbc, Stores stores, StoredFiles files, MailOutbox outbox, ITemplateEngine templates,
                  Clock clock) {
        this.jdbc = jdbc;
        this.stores = stores;
        this.files = files;
        this.outbox = outbox;
        this.templates = templates;
        this.clock = clock;
    }

    /** The ticked diamonds in the stores the person may see, in the order ticked; any other id is not found. */
    @Transactional(readOnly = true)
    public List<Stone> stones(CurrentUser user, List<Long> ids) {
        List<Long> wanted = new ArrayList<>(new LinkedHashSet<>(ids == null ? List.<Long>of() : ids));
        if (wanted.isEmpty()) throw new BusinessRuleViolated("stones", "Tick at least one stone to quote.");
        List<Long> storeIds = stores.idsAccessibleTo(user);
        List<Stone> found = jdbc.sql("""
                        select it.id, it.stock_number, d.shape, it.carats, coalesce(d.color, d.fancy_color), d.clarity,
                               d.lab, d.cert_number,
                               case when d.length_mm is null then null
                                    else concat_ws(' × ', d.length_mm, d.width_mm, d.depth_mm) || ' mm' end,
                               round(it.price1 / nullif(it.carats, 0), 4), it.price1, c.file_id
                        from item it
                        join item_diamond d on d.tenant_id = it.tenant_id and d.item_id = it.id
                        left join stone_certificate c on c.tenant_id = it.tenant_id and c.item_id = it.id
                        where it.family = 'D' and it.id in (:ids) and it.store_id in (:stores)""")
                .param("ids", wanted).param("stores", storeIds.isEmpty() ? List.of(-1L) : storeIds)
                .query((rs, n) -> new Stone(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getBigDecimal(10), rs.getBigDecimal(11), (Long) rs.getObject(12, Long.class)))
                .list();
        for (Long id : wanted) {
            if (found.stream().noneMatch(s -> s.itemId() == id)) throw new RecordNotFound("Diamond", id);
        }
        return wanted.stream().map(id -> found.stream().filter(s -> s.itemId() == id).findFirst().orElseThrow()).toList();
    }

    /** The quote as a PDF headed by the person's current store. */
    @Transactional(readOnly = true)
    public byte[] pdf(CurrentUser user, List<Long> ids, String message) {
        return render(quote(user, stones(user, ids), message));
    }

    /** Queues the quote to {@code to} with each certificate attached; answers the address it goes to. */
    @Transactional
    public String email(CurrentUser user, Request request) {
        String to = Recipients.checked(request.to());
        List<Stone> stones = stones(user, request.stones());
        Quote quote = quote(user, stones, request.message());
        List<FileId> attachments = new ArrayList<>();
        attachments.add(files.keep("diamond-quote-" + quote.date() + ".pdf", "application/pdf", render(quote)));
        stones.stream().filter(s -> s.certificateFile() != null).forEach(s -> attachments.add(new FileId(s.certificateFile())));
        String subject = request.subject() == null || request.subject().isBlank()
                ? defaultSubject(user) : request.subject().trim();
        String text = (request.message() == null || request.message().isBlank() ? "Please find our quote attached."
                : request.message().trim()) + "\n\n" + stones.size() + (stones.size() == 1 ? " stone" : " stones")
                + " quoted; " + (attachments.size() - 1) + " lab certificate" + (attachments.size() == 2 ? "" : "s")
                + " attached.";
        outbox.enqueue(new OutgoingMail(to, null, null, subject, text, null, "diamond-quote", null, null), attachments);
        return to;
    }

    public String defaultSubject(CurrentUser user) {
        return "Diamond quote — " + storeOf(user).name();
    }

    private Quote quote(CurrentUser user, List<Stone> stones, String message) {
        BigDecimal total = stones.stream().map(s -> s.price() == null ? BigDecimal.ZERO : s.price())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Quote(Letterhead.of(storeOf(user)), LocalDate.now(clock.withZone(user.zone())),
                message == null || message.isBlank() ? null : message.trim(), stones, total);
    }

    private com.jeweltrak.platform.tenancy.Store storeOf(CurrentUser user) {
        if (user.currentStore() != null) return stores.find(user.currentStore().id()).orElseThrow();
        return stores.accessibleTo(user).getFirst();
    }

    private byte[] render(Quote quote) {
        Context context = new Context(Locale.US);
        context.setVariable("quote", quote);
        return HtmlPdf.render(templates.process(TEMPLATE, context));
    }
}
