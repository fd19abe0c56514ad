package com.jeweltrak.reports.pricelists;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
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
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.Stores;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * 09-reports §5 Sending a Price List to a Customer: jewelry and watches only (R1), in stock by default and on memo when
 * asked (R4; sold, returned and scrapped pieces have neither, so never show), ticked by hand, printed with ONE chosen price
 * field (R2) — StockID, photo, description and that price, never cost or another price (R3); an empty price reads "Call
 * for price" (R6). Downloaded as a store-branded PDF or e-mailed with it through the outbox (R5).
 */
@Service
public class PriceLists {

    static final String TEMPLATE = "reports/pricelists/price-list-pdf";
    /** The grid lists at most this many; more is a search to narrow. */
    public static final int MOST = 500;

    /** The four price fields one may print (Inventory Pricing Multipliers). */
    public enum PriceField {
        PRICE1("price1", "Price 1"), PRICE2("price2", "Price 2"), PRICE3("price3", "Price 3"), RETAIL("retail_price", "Retail");

        private final String column;
        private final String label;

        PriceField(String column, String label) {
            this.column = column;
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static PriceField of(String name) {
            if (name == null || name.isBlank()) throw new BusinessRuleViolated("priceField", "Choose the price to show.");
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BusinessRuleViolated("priceField", "Choose Price 1, Price 2, Price 3 or Retail.");
            }
        }
    }

    /** A row of the selection grid. */
    public record Candidate(long itemId, long stockNumber, String type, String description, String store,
                            BigDecimal inStock, BigDecimal onMemo) {
    }

    /** A printed line: the chosen price only (null: "Call for price") and the photo as a data URI, if any. */
    public record Line(long stockNumber, String description, BigDecimal price, String photo) {
    }

    public record Printed(Letterhead store, LocalDate date, String priceLabel, String message, List<Line> lines) {
    }

    public record Request(String to, String subject, String message, String priceField, List<Long> items) {
    }

    private final JdbcClient jdbc;
    private final Stores stores;
    private final StoredFiles files;
    private final MailOutbox outbox;
    private final ITemplateEngine templates;
    private final Clock clock;

    PriceLists(JdbcClient jdbc, Stores stores, StoredFiles files, MailOutbox outbox, ITemplateEngine templates,
               Clock clock) {
        this.jdbc = jdbc;
        this.stores = stores;
        this.files = files;
        this.outbox = outbox;
        this.templates = templates;
        this.clock = clock;
    }

    private static final String OFFERED = """
            it.family in ('J', 'W') and it.store_id in (:stores) and (it.in_stock > 0 or it.on_memo > 0)
            and (it.in_stock > 0 or (cast(:withMemo as boolean) and it.on_memo > 0))""";

    /** R2, R4: the pieces one may tick, filtered by a search (a number prefix-matches the StockID, words the description). */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(CurrentUser user, String search, Long store, boolean withMemo) {
        String q = search == null || search.isBlank() ? null : search.trim();
        List<Long> storeIds = storeIds(user).stream().filter(id -> store == null || id.equals(store)).toList();
        return jdbc.sql("""
                        select it.id, it.stock_number, it.family, coalesce(it.description, ''), s.name, it.in_stock, it.on_memo
                        from item it join store s on s.tenant_id = it.tenant_id and s.id = it.store_id
                        where %s
                          and (cast(:q as text) is null
                               or (cast(:q as text) ~ '^[0-9]+$' and it.stock_number::text like cast(:q as text) || '%%')
                               or it.description ilike '%%' || cast(:q as text) || '%%'
                               or it.category ilike '%%' || cast(:q as text) || '%%')
                        order by it.stock_number limit %d""".formatted(OFFERED, MOST))
                .param("stores", storeIds.isEmpty() ? List.of(-1L) : storeIds).param("withMemo", withMemo).param("q", q)
                .query((rs, n) -> new Candidate(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7)))
                .list();
    }

    @Transactional(readOnly = true)
    public byte[] pdf(CurrentUser user, List<Long> items, String priceField, boolean withMemo, String message) {
        return render(printed(user, items, PriceField.of(priceField), withMemo, message));
    }

    /** R5: the PDF to {@code to} with an editable subject and message; answers the address. */
    @Transactional
    public String email(CurrentUser user, Request request, boolean withMemo) {
        String to = Recipients.checked(request.to());
        Printed printed = printed(user, request.items(), PriceField.of(request.priceField()), withMemo, request.message());
        FileId pdf = files.keep("price-list-" + printed.date() + ".pdf", "application/pdf", render(printed));
        String subject = request.subject() == null || request.subject().isBlank() ? defaultSubject(user)
                : request.subject().trim();
        String text = request.message() == null || request.message().isBlank()
                ? "Please find our price list attached." : request.message().trim();
        outbox.enqueue(new OutgoingMail(to, null, null, subject, text, null, "price-list", null, null), pdf);
        return to;
    }

    public String defaultSubject(CurrentUser user) {
        return "Price list — " + storeOf(user).name();
    }

    private Printed printed(CurrentUser user, List<Long> ids, PriceField field, boolean withMemo, String message) {
        List<Long> wanted = new ArrayList<>(new LinkedHashSet<>(ids == null ? List.<Long>of() : ids));
        if (wanted.isEmpty()) throw new BusinessRuleViolated("items", "Tick at least one item for the price list.");
        record Found(long id, Line line) {
        }
        List<Found> found = jdbc.sql("""
                        select it.id, it.stock_number, coalesce(it.description, ''), it.%s,
                               (select p.small_file_id from item_photo p where p.tenant_id = it.tenant_id
                                  and p.item_id = it.id and p.small_file_id is not null
                                order by p.is_primary desc, p.position limit 1)
                        from item it
                        where it.id in (:ids) and %s""".formatted(field.column, OFFERED))
                .param("ids", wanted).param("stores", storeIds(user)).param("withMemo", withMemo)
                .query((rs, n) -> new Found(rs.getLong(1), new Line(rs.getLong(2), rs.getString(3), rs.getBigDecimal(4),
                        photo((Long) rs.getObject(5, Long.class)))))
                .list();
        for (Long id : wanted) {
            if (found.stream().noneMatch(f -> f.id() == id)) throw new RecordNotFound("Item", id);
        }
        List<Line> lines = wanted.stream()
                .map(id -> found.stream().filter(f -> f.id() == id).findFirst().orElseThrow().line()).toList();
        return new Printed(Letterhead.of(storeOf(user)), LocalDate.now(clock.withZone(user.zone())), field.label(),
                message == null || message.isBlank() ? null : message.trim(), lines);
    }

    /** The item's small thumbnail (JPEG) inlined, so the PDF needs nothing from outside. */
    private String photo(Long file) {
        if (file == null) return null;
        return "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(files.open(new FileId(file)).bytes());
    }

    private List<Long> storeIds(CurrentUser user) {
        List<Long> ids = stores.idsAccessibleTo(user);
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    private Store storeOf(CurrentUser user) {
        if (user.currentStore() != null) return stores.find(user.currentStore().id()).orElseThrow();
        return stores.accessibleTo(user).getFirst();
    }

    private byte[] render(Printed printed) {
        Context context = new Context(Locale.US);
        context.setVariable("list", printed);
        return HtmlPdf.render(templates.process(TEMPLATE, context));
    }
}
