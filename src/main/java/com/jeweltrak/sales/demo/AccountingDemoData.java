package com.jeweltrak.sales.demo;

import java.math.BigDecimal;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.demo.DemoDataContributor;
import com.jeweltrak.platform.demo.DemoSize;
import com.jeweltrak.platform.demo.DemoTenant;
import com.jeweltrak.sales.CustomerPayment;
import com.jeweltrak.sales.CustomerPaymentId;
import com.jeweltrak.sales.CustomerPayments;
import com.jeweltrak.sales.PaymentMethod;
import com.jeweltrak.sales.ReceivingAPayment;
import com.jeweltrak.sales.VoidingACustomerPayment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Issue 10 (payments on account), through the use cases: a customer pays on account across their open invoices
 * oldest-first with credit left over (08-accounting §Applying Payments R2, R4), and another customer's check bounces
 * — voided as NSF with a returned-check fee invoice (§Voiding Payments R5, R7).
 */
@Component
class AccountingDemoData implements DemoDataContributor {

    private final JdbcClient jdbc;
    private final CustomerPayments payments;
    private final ReceivingAPayment receiving;
    private final VoidingACustomerPayment voiding;

    AccountingDemoData(JdbcClient jdbc, CustomerPayments payments, ReceivingAPayment receiving,
                       VoidingACustomerPayment voiding) {
        this.jdbc = jdbc;
        this.payments = payments;
        this.receiving = receiving;
        this.voiding = voiding;
    }

    @Override
    public int order() {
        return 310; // after sales (300): it pays their invoices
    }

    @Override
    public void contribute(DemoTenant tenant, DemoSize size) {
        List<ContactId> owing = jdbc.sql("""
                        select customer_id from invoice where status = 'FINALIZED' and ar_balance > 0 and customer_id is not null
                        group by customer_id order by count(*) desc, customer_id limit 2""")
                .query((rs, n) -> new ContactId(rs.getLong(1))).list();
        if (owing.isEmpty()) return;
        // a customer paying on account: everything they owe plus 50.00, kept as credit on account
        ContactId payer = owing.getFirst();
        var open = payments.openInvoices(payer);
        BigDecimal owed = open.stream().map(CustomerPayments.OpenInvoice::balance).reduce(BigDecimal.ZERO, BigDecimal::add);
        receiving.receive(new ReceivingAPayment.Request(payer, open.getFirst().store(), owed.add(new BigDecimal("50.00")),
                null, PaymentMethod.CHECK, null, "2210", null, null, "On account", null,
                ReceivingAPayment.Mode.OLDEST_FIRST, List.of()));
        // a check that bounced (another customer's, or a later one of the same): voided as NSF, with the returned-check
        // fee charged on an invoice of its own
        ContactId bouncer = owing.size() > 1 ? owing.get(1) : payer;
        var theirs = payments.openInvoices(bouncer);
        CustomerPaymentId bounced = receiving.receive(new ReceivingAPayment.Request(bouncer,
                theirs.isEmpty() ? tenant.stores().getFirst() : theirs.getFirst().store(),
                theirs.isEmpty() ? new BigDecimal("100.00") : theirs.getFirst().balance(), null, PaymentMethod.CHECK, null,
                "1187", null, null, null, null, ReceivingAPayment.Mode.OLDEST_FIRST, List.of()));
        voiding.voidPayment(bounced, new VoidingACustomerPayment.Request(CustomerPayment.VoidKind.NSF,
                "Returned by the bank: insufficient funds", new BigDecimal("25.00")));
    }
}
