package com.jeweltrak.sales;

import java.time.LocalDate;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.QualifyingCertificate;
import com.jeweltrak.contacts.ResaleExemption;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether an invoice is a wholesale sale (08-accounting §Sales Tax R8): its customer holds a resale certificate in
 * force for the store's state on the invoice date. The answer is written on the invoice (the certificate's id,
 * 07-contacts §Resale Certificates R7), so a finalized invoice keeps the tax it was finalized with even if the
 * certificate later lapses.
 */
@Component
class WholesaleExemption {

    private record Sale(StoreId store, ContactId customer, LocalDate date) {
    }

    private final ResaleExemption certificates;
    private final Stores stores;
    private final JdbcClient jdbc;

    WholesaleExemption(ResaleExemption certificates, Stores stores, JdbcClient jdbc) {
        this.certificates = certificates;
        this.stores = stores;
        this.jdbc = jdbc;
    }

    /** Asks again, in the caller's transaction after its own changes to the invoice's customer, store or date. */
    @Transactional(propagation = Propagation.MANDATORY)
    void refresh(InvoiceId id) {
        Sale sale = jdbc.sql("select store_id, customer_id, invoice_date from invoice where id = ?").param(id.value())
                .query((rs, n) -> new Sale(new StoreId(rs.getLong(1)),
                        rs.getObject(2) == null ? null : new ContactId(rs.getLong(2)), rs.getObject(3, LocalDate.class)))
                .single();
        Long certificate = sale.customer() == null ? null : certificates
                .forSale(sale.customer(), stores.get(sale.store()).address().region(), sale.date())
                .map(QualifyingCertificate::id).orElse(null);
        jdbc.sql("update invoice set resale_certificate_id = ? where id = ? and resale_certificate_id is distinct from ?")
                .params(certificate, id.value(), certificate).update();
    }
}
