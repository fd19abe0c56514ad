package com.jeweltrak.services.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.demo.DemoDataContributor;
import com.jeweltrak.platform.demo.DemoSize;
import com.jeweltrak.platform.demo.DemoTenant;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.services.ChangingTheStatus;
import com.jeweltrak.services.DepositMethod;
import com.jeweltrak.services.InvoicingTheJob;
import com.jeweltrak.services.OrderType;
import com.jeweltrak.services.SignatureKind;
import com.jeweltrak.services.SigningAWorkOrder;
import com.jeweltrak.services.TakingADeposit;
import com.jeweltrak.services.TakingInAWorkOrder;
import com.jeweltrak.services.WorkOrderDeposits;
import com.jeweltrak.services.WorkOrderDetails;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrderStatus;
import com.jeweltrak.services.messages.MessageChannel;
import com.jeweltrak.services.messages.SendingAStatusMessage;
import com.jeweltrak.services.messages.StatusMessages;
import com.jeweltrak.services.quotes.RevisingTheQuote;
import com.jeweltrak.services.warranty.OpeningAWarrantyRedo;
import com.jeweltrak.services.web.WorkOrderSearchEntries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The work-order flow in the demo (issue 9 point 9; 03-services §3–§14), after the busy board: deposits held on two
 * jobs, a job invoiced with its deposit applied, a custom job quoted v1 then v2, a warranty redo of a picked-up
 * sizing, an intake signature (a drawn stroke), and a status message proposed and sent. All through the real use
 * cases, so the books, the outbox and the audit log hold what a shop's would.
 */
@Component
class WorkOrderFlowDemoData implements DemoDataContributor {

    static final String HELD_REPAIR = "Re-shank platinum solitaire";
    static final String QUOTED_CUSTOM = "Three-stone anniversary ring";
    static final String INVOICED_REPAIR = "Replace worn bezel, pendant";
    static final String WARRANTY_ORIGINAL = "Ring sizing, one size down";
    static final String WARRANTY_REDO = "Warranty redo: sizing seam reopened";

    private final JdbcClient jdbc;
    private final Stores stores;
    private final TakingInAWorkOrder takingIn;
    private final ChangingTheStatus status;
    private final TakingADeposit deposits;
    private final WorkOrderDeposits held;
    private final InvoicingTheJob invoicing;
    private final RevisingTheQuote quotes;
    private final OpeningAWarrantyRedo redos;
    private final SigningAWorkOrder signing;
    private final StatusMessages messages;
    private final SendingAStatusMessage sending;
    private final WorkOrderSearchEntries search;

    WorkOrderFlowDemoData(JdbcClient jdbc, Stores stores, TakingInAWorkOrder takingIn, ChangingTheStatus status,
                          TakingADeposit deposits, WorkOrderDeposits held, InvoicingTheJob invoicing,
                          RevisingTheQuote quotes, OpeningAWarrantyRedo redos, SigningAWorkOrder signing,
                          StatusMessages messages, SendingAStatusMessage sending, WorkOrderSearchEntries search) {
        this.jdbc = jdbc;
        this.stores = stores;
        this.takingIn = takingIn;
        this.status = status;
        this.deposits = deposits;
        this.held = held;
        this.invoicing = invoicing;
        this.quotes = quotes;
        this.redos = redos;
        this.signing = signing;
        this.messages = messages;
        this.sending = sending;
        this.search = search;
    }

    @Override
    public int order() {
        return 510; // after the busy board (500), before partnerships (600)
    }

    @Override
    public void contribute(DemoTenant tenant, DemoSize size) {
        List<Customer> customers = jdbc.sql("""
                        select id, coalesce(nullif(trim(concat_ws(' ', first_name, last_name)), ''), company, 'Customer'), email from contact where is_customer and merged_into_id is null
                        order by email is null, id limit 5""")
                .query((rs, n) -> new Customer(new ContactId(rs.getLong(1)), rs.getString(2), rs.getString(3))).list();
        if (customers.isEmpty()) return;
        StoreId store = tenant.stores().getFirst();
        LocalDate today = LocalDate.now(stores.get(store).timeZone());
        Customer first = customers.getFirst();
        Customer second = customers.get(1 % customers.size());
        Customer third = customers.get(2 % customers.size());

        // §3: a repair on the bench with a cash deposit held, signed for at intake (§5)
        WorkOrderId repair = takeIn(store, OrderType.REPAIR, first.id(), HELD_REPAIR, "180.00", null, today, true, "Bench 1", null);
        deposits.take(repair, new TakingADeposit.Request(new BigDecimal("60.00"), DepositMethod.CASH, null, "Half the platinum up front"));
        signing.sign(repair, SignatureKind.INTAKE, first.name(), signature(), "Demo counter tablet");

        // §4: a custom job quoted, then re-quoted at the customer's request; a check deposit held (§3); on Customer
        // review the quote message is proposed (§2 R4: custom jobs always) and sent by e-mail (§14)
        WorkOrderId custom = takeIn(store, OrderType.CUSTOM, first.id(), QUOTED_CUSTOM, null, null, today.minusDays(5), false,
                "CAD queue", "Customer brings her own centre stone");
        quotes.revise(custom, new BigDecimal("2900.00"), "First quote: 1.0 ct centre, platinum");
        quotes.revise(custom, new BigDecimal("3250.00"), "Customer asked for larger side stones");
        deposits.take(custom, new TakingADeposit.Request(new BigDecimal("500.00"), DepositMethod.CHECK, "1042", null));
        status.change(custom, WorkOrderStatus.CR);
        messages.pending(custom).ifPresent(m -> {
            String to = m.emailTo() != null ? m.emailTo() : first.email();
            if (to != null && m.emailBody() != null) {
                sending.send(custom, m.id(), MessageChannel.EMAIL, to, m.subject(), m.emailBody());
            }
        });

        // §3 R7: a finished repair invoiced with its cash deposit applied (the invoice's balance is the rest)
        WorkOrderId invoiced = takeIn(store, OrderType.REPAIR, second.id(), INVOICED_REPAIR, "120.00", null, today.minusDays(8),
                false, "Pickup drawer", null);
        deposits.take(invoiced, new TakingADeposit.Request(new BigDecimal("40.00"), DepositMethod.CASH, null, null));
        status.change(invoiced, WorkOrderStatus.RP);
        if (held.invoiceOf(invoiced).isEmpty()) invoicing.invoice(invoiced); // Job Automation may have done it already

        // §10: a sizing picked up under its 30-day warranty, back for a free redo
        WorkOrderId original = takeIn(store, OrderType.REPAIR, third.id(), WARRANTY_ORIGINAL, "35.00", 30, today.minusDays(12),
                false, "Picked up", null);
        status.change(original, WorkOrderStatus.RP);
        if (held.invoiceOf(original).isEmpty()) invoicing.invoice(original);
        status.change(original, WorkOrderStatus.PICKED_UP);
        WorkOrderId redo = redos.open(original, store, new WorkOrderDetails(OrderType.REPAIR, "J", third.id(), null, null,
                WARRANTY_REDO, null, null, BigDecimal.ZERO, null, today, null, true, "Bench 2", null));

        for (WorkOrderId id : List.of(repair, custom, invoiced, original, redo)) search.reindex(id);
    }

    private record Customer(ContactId id, String name, String email) {
    }

    /** Priced jobs start In production (§0); an unpriced one at Quote needed. */
    private WorkOrderId takeIn(StoreId store, OrderType type, ContactId customer, String piece, String price,
                               Integer warrantyDays, LocalDate intake, boolean rush, String location, String notes) {
        return takingIn.takeIn(store, new WorkOrderDetails(type, "J", customer, null, null, piece, null, null,
                price == null ? null : new BigDecimal(price), null, intake, intake.plusDays(10), rush, location, notes),
                warrantyDays);
    }

    /** A small drawn signature: one pen stroke on a transparent ground, as the signing pad makes. */
    static byte[] signature() {
        BufferedImage image = new BufferedImage(320, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(17, 24, 39));
        g.setStroke(new BasicStroke(3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D.Double stroke = new Path2D.Double();
        stroke.moveTo(20, 70);
        stroke.curveTo(50, 10, 80, 90, 110, 45);
        stroke.curveTo(140, 10, 170, 85, 200, 50);
        stroke.curveTo(230, 20, 260, 80, 300, 40);
        g.draw(stroke);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
