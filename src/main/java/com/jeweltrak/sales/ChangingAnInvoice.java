package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.ContactRoles;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.tenancy.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes an Open invoice's header (02-sales §Finalize R2: customer, salesperson, dates …; R5: a finalized one only after
 * a reopen). The new date may not lie in the closed period either (Period Close R1). No customer means a walk-in sale.
 */
@Component
public class ChangingAnInvoice {

    public record Request(ContactId customer, UserId salesperson, LocalDate date, String reference, String notes,
                          String shipTo, BigDecimal freight, boolean outOfState) {
    }

    private final InvoiceWork work;
    private final ContactRoles roles;
    private final JdbcClient jdbc;
    private final WholesaleExemption wholesale;

    ChangingAnInvoice(InvoiceWork work, ContactRoles roles, JdbcClient jdbc, WholesaleExemption wholesale) {
        this.wholesale = wholesale;
        this.work = work;
        this.roles = roles;
        this.jdbc = jdbc;
    }

    @Transactional
    public void change(InvoiceId id, Request r) {
        Invoice invoice = work.lockInOpenPeriod(id);
        invoice.checkLinesEditable();
        LocalDate date = r.date() == null ? invoice.date() : r.date();
        work.checkOpenPeriod(date);
        BigDecimal freight = r.freight() == null ? invoice.freight() : r.freight();
        if (freight.signum() < 0) throw new BusinessRuleViolated("freight", "Freight cannot be negative.");
        work.checkSalesperson(r.salesperson());
        if (r.customer() != null && !r.customer().equals(invoice.customer())) ensureCustomer(r.customer());
        // 02-sales §Returns R2: return lines come from this customer's earlier invoices, and stay theirs
        if (!java.util.Objects.equals(r.customer(), invoice.customer())
                && invoice.lines().stream().anyMatch(InvoiceLine::isReturn)) {
            throw new BusinessRuleViolated("customerId", "This invoice brings back lines of the customer's earlier "
                    + "invoices: remove them before changing the customer.");
        }
        jdbc.sql("""
                        update invoice set customer_id = ?, salesperson_id = ?, invoice_date = ?, reference = ?, notes = ?,
                                           ship_to = ?, freight = ?, out_of_state = ?
                        where id = ?""")
                .params(r.customer() == null ? null : r.customer().value(),
                        r.salesperson() == null ? null : r.salesperson().value(), date, blank(r.reference()),
                        blank(r.notes()), blank(r.shipTo()), freight, r.outOfState(), id.value())
                .update();
        wholesale.refresh(id);
        work.keepFigures(id);
    }

    /** The contact becomes a customer (07-contacts: an invoice opens the Customer role); an unknown one is refused. */
    private void ensureCustomer(ContactId customer) {
        try {
            roles.ensure(customer, ContactRole.CUSTOMER);
        } catch (com.jeweltrak.platform.RecordNotFound e) {
            throw new BusinessRuleViolated("customerId", "There is no such customer.");
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
