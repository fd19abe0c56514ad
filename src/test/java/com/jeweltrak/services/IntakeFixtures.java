package com.jeweltrak.services;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.EditingContacts;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.TestTenants;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Jobs, parties and drawings for the signature, attachment and vendor e-mail tests, made through the real use cases. */
@Component
public class IntakeFixtures {

    private final EditingContacts contacts;
    private final TakingInAWorkOrder takingIn;
    private final ChangingTheStatus status;
    private final AddingAStage addingStage;
    private final WorkOrders workOrders;
    private final TransactionTemplate transactions;

    IntakeFixtures(EditingContacts contacts, TakingInAWorkOrder takingIn, ChangingTheStatus status, AddingAStage addingStage,
                   WorkOrders workOrders, TransactionTemplate transactions) {
        this.contacts = contacts;
        this.takingIn = takingIn;
        this.status = status;
        this.addingStage = addingStage;
        this.workOrders = workOrders;
        this.transactions = transactions;
    }

    public <T> T as(TestTenants.Tenant tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), work);
    }

    /** A contact with the roles and e-mail address given (null: none). */
    public ContactId contact(TestTenants.Tenant tenant, String first, String last, String email, ContactRole... roles) {
        return as(tenant, () -> transactions.execute(s -> contacts.add(Contact.draft(new Contact.Name(first, last, null, null),
                Set.of(roles), email == null ? null : new Contact.Reach(email, null, null, null, null, null, null),
                null, null, null, null, null, false, false, null, null))));
    }

    /** A repair of a new customer's ring, at Quote needed. */
    public WorkOrderId repair(TestTenants.Tenant tenant, String description) {
        ContactId customer = contact(tenant, "Rosa", "Intake", null, ContactRole.CUSTOMER);
        return as(tenant, () -> takingIn.takeIn(tenant.store(), new WorkOrderDetails(OrderType.REPAIR, "J", customer, null,
                null, description, null, null, null, null, null, null, false, "Bench 1", null)));
    }

    /** A custom job of a new customer, at Quote needed. */
    public WorkOrderId custom(TestTenants.Tenant tenant, String description) {
        ContactId customer = contact(tenant, "Carla", "Custom", null, ContactRole.CUSTOMER);
        return as(tenant, () -> takingIn.takeIn(tenant.store(), new WorkOrderDetails(OrderType.CUSTOM, "J", customer, null,
                null, description, null, null, null, null, null, null, false, "Bench 1", null)));
    }

    public void move(TestTenants.Tenant tenant, WorkOrderId id, WorkOrderStatus... path) {
        as(tenant, () -> {
            for (WorkOrderStatus next : path) status.change(id, next);
            return null;
        });
    }

    /** A stage out with the vendor given (null: none), with instructions and a due date. */
    public long stage(TestTenants.Tenant tenant, WorkOrderId id, ContactId vendor, String name, String instructions,
                      LocalDate due) {
        return as(tenant, () -> addingStage.add(id, new StageDetails(name, vendor, "pending", null, due, null, null,
                instructions, "1Z999", null)));
    }

    public WorkOrder read(TestTenants.Tenant tenant, WorkOrderId id) {
        return as(tenant, () -> workOrders.get(id));
    }

    /** A PNG of a pen stroke on a transparent ground, as the signing pad makes. */
    public static byte[] signature() {
        BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(17, 24, 39));
        g.setStroke(new BasicStroke(3));
        g.drawLine(20, 70, 120, 30);
        g.drawLine(120, 30, 250, 75);
        g.dispose();
        return png(image);
    }

    /** The pad's PNG when nothing was drawn: every pixel transparent. */
    public static byte[] emptyPad() {
        return png(new BufferedImage(300, 100, BufferedImage.TYPE_INT_ARGB));
    }

    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
