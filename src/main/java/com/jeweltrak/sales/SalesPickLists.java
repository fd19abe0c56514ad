package com.jeweltrak.sales;

import com.jeweltrak.contacts.ContactReference;
import com.jeweltrak.platform.picklists.PickList;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The lists and references sales declares: the tenant's own payment methods, and the invoice's customer. */
@Configuration(proxyBeanMethods = false)
class SalesPickLists {

    static final String PAYMENT_METHODS = "sales.payment-methods";

    @Bean
    PickList paymentMethodsList() {
        return PickList.of(PAYMENT_METHODS, "Payment method", new PickList.Usage("invoice_payment", "method_name"));
    }

    /** A contact merge moves invoices to the surviving contact (07-contacts §Consolidation R3). */
    @Bean
    ContactReference invoiceCustomerReference() {
        return ContactReference.of("invoice", "customer_id", "Invoices");
    }

    /** ... and the credit on account its payments became (Consolidation R4: credit after = the sum). */
    @Bean
    ContactReference paymentCreditReference() {
        return ContactReference.of("invoice_payment", "credit_customer_id", "Credit on account");
    }

    /** ... and their store credit (08-accounting §Store Credits R1: one customer's; a merge keeps it theirs). */
    @Bean
    ContactReference storeCreditCustomerReference() {
        return ContactReference.of("store_credit", "customer_id", "Store credit");
    }

    /** ... and who bought a gift card, for reference only (08-accounting §Gift Cards: a card has no owner, R4). */
    @Bean
    ContactReference giftCardPurchaserReference() {
        return ContactReference.of("gift_card", "purchaser_contact_id", "Gift cards bought");
    }

    /** ... and their payments on account, whose unapplied part is their credit on account (08 §Applying Payments R4). */
    @Bean
    ContactReference customerPaymentReference() {
        return ContactReference.of("customer_payment", "customer_id", "Payments on account");
    }
}
