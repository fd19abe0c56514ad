package com.jeweltrak.accounting.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.idempotency.Idempotent;
import com.jeweltrak.platform.lists.PageRequested;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.sales.ApplyingCreditOnAccount;
import com.jeweltrak.sales.CustomerPayment;
import com.jeweltrak.sales.CustomerPaymentId;
import com.jeweltrak.sales.CustomerPayments;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.PaymentMethod;
import com.jeweltrak.sales.ReceivingAPayment;
import com.jeweltrak.sales.VoidingACustomerPayment;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payments on account over the API (08-accounting §Applying Payments, §Voiding Payments): receive one (oldest-first or
 * manual applications; honours Idempotency-Key), list, read, void (NSF fee optional), apply its unapplied credit; and a
 * customer's credit on account. Money as strings; 422 with the field when a rule refuses; 404 for another tenant's.
 */
@RestController
@Tag(name = "Payments on account", description = "Customer payments on account, their applications, voids and NSF (08-accounting)")
class CustomerPaymentsApi {

    record ApplicationRequest(Long invoiceId, String amount) {
    }

    record PaymentRequest(Long customerId, Long storeId, String amount, String date, String method, String methodName,
                          String checkNumber, String cardLast4, String authCode, String reference, String notes, String mode,
                          List<ApplicationRequest> applications) {
    }

    record VoidRequest(String kind, String reason, String nsfFee) {
    }

    record ApplyRequest(Long invoiceId) {
    }

    record ApplicationJson(long id, long invoiceId, long invoiceNumber, LocalDate date, String amount, boolean applied) {
    }

    record PaymentJson(long id, long customerId, String customerName, long storeId, LocalDate date, String method,
                       String methodName, String checkNumber, String cardLast4, String reference, String notes,
                       String amount, String applied, String unapplied, Long sourcePaymentId, boolean voided,
                       String voidKind, String voidReason, LocalDate voidDate, Long nsfFeeInvoiceId,
                       List<ApplicationJson> applications) {
    }

    record CreditJson(long customerId, String creditOnAccount) {
    }

    private final CustomerPayments payments;
    private final ReceivingAPayment receiving;
    private final VoidingACustomerPayment voiding;
    private final ApplyingCreditOnAccount applying;
    private final Contacts contacts;

    CustomerPaymentsApi(CustomerPayments payments, ReceivingAPayment receiving, VoidingACustomerPayment voiding,
                        ApplyingCreditOnAccount applying, Contacts contacts) {
        this.payments = payments;
        this.receiving = receiving;
        this.voiding = voiding;
        this.applying = applying;
        this.contacts = contacts;
    }

    @PostMapping("/api/v1/customer-payments")
    @Idempotent
    @PreAuthorize("hasAuthority('Invoices.Edit')")
    @Operation(summary = "Receive a payment on account: amount, date (default the store's today; not in the closed "
            + "period), method CASH / CHECK (checkNumber) / CARD (cardLast4 + authCode, never a full number) / OTHER "
            + "(methodName), mode OLDEST_FIRST (default) or MANUAL with applications [{invoiceId, amount}]; the rest is "
            + "credit on account. Honours Idempotency-Key")
    ResponseEntity<PaymentJson> receive(@RequestBody PaymentRequest r) {
        ReceivingAPayment.Mode mode = r.mode() == null || r.mode().isBlank() ? ReceivingAPayment.Mode.OLDEST_FIRST
                : parse(ReceivingAPayment.Mode.class, "mode", r.mode(), "OLDEST_FIRST or MANUAL");
        List<ReceivingAPayment.Allocation> picks = r.applications() == null ? List.of() : r.applications().stream()
                .map(a -> new ReceivingAPayment.Allocation(a == null || a.invoiceId() == null ? null : new InvoiceId(a.invoiceId()),
                        a == null ? null : decimal("amount", a.amount())))
                .toList();
        CustomerPaymentId id = receiving.receive(new ReceivingAPayment.Request(
                r.customerId() == null ? null : new ContactId(r.customerId()), r.storeId() == null ? null : new StoreId(r.storeId()),
                decimal("amount", r.amount()), date(r.date()),
                r.method() == null || r.method().isBlank() ? null
                        : parse(PaymentMethod.class, "method", r.method(), "CASH, CHECK, CARD or OTHER"),
                r.methodName(), r.checkNumber(), r.cardLast4(), r.authCode(), r.reference(), r.notes(), mode, picks));
        return ResponseEntity.created(URI.create("/api/v1/customer-payments/" + id)).body(json(payments.get(id)));
    }

    @GetMapping("/api/v1/customer-payments")
    @PreAuthorize("hasAuthority('Invoices.View')")
    @Operation(summary = "Payments on account, newest first, paged; of one customer with customerId")
    Paged<PaymentJson> list(@Parameter(description = "Only this customer's") @RequestParam(required = false) Long customerId,
                            @Parameter(description = "Zero-based page number") @RequestParam(required = false) Integer page,
                            @Parameter(description = "Page size, at most 200; default 50") @RequestParam(required = false) Integer size) {
        PageRequested asked = PageRequested.of(page, size, 50);
        Paged<CustomerPayment> found = payments.page(customerId == null ? null : new ContactId(customerId),
                CurrentUser.require().accessibleStores(), asked.page(), asked.size());
        return new Paged<>(found.content().stream().map(CustomerPaymentsApi::json).toList(), found.page(), found.size(),
                found.totalElements());
    }

    @GetMapping("/api/v1/customer-payments/{id}")
    @PreAuthorize("hasAuthority('Invoices.View')")
    @Operation(summary = "One payment on account with its applications and what is unapplied; 404 when not the caller's")
    PaymentJson get(@PathVariable long id) {
        return json(visible(payments, new CustomerPaymentId(id)));
    }

    @PostMapping("/api/v1/customer-payments/{id}/void")
    @PreAuthorize("hasAuthority('CanVoidTransactions')")
    @Operation(summary = "Void a payment on account (kind NSF, CHARGEBACK or OTHER with a reason; optional nsfFee charged "
            + "on a new invoice): every invoice it paid owes again; posted today even for a payment in a closed period; "
            + "409 when already voided")
    PaymentJson voidPayment(@PathVariable long id, @RequestBody VoidRequest r) {
        CustomerPaymentId payment = new CustomerPaymentId(id);
        visible(payments, payment);
        voiding.voidPayment(payment, new VoidingACustomerPayment.Request(
                r == null || r.kind() == null || r.kind().isBlank() ? null
                        : parse(CustomerPayment.VoidKind.class, "kind", r.kind(), "NSF, CHARGEBACK or OTHER"),
                r == null ? null : r.reason(), r == null ? null : decimal("nsfFee", r.nsfFee())));
        return json(payments.get(payment));
    }

    @PostMapping("/api/v1/customer-payments/{id}/apply")
    @PreAuthorize("hasAuthority('Invoices.Edit')")
    @Operation(summary = "Apply the payment's unapplied credit to one finalized invoice of the customer (invoiceId) or, "
            + "without it, to their open invoices oldest-first")
    PaymentJson apply(@PathVariable long id, @RequestBody(required = false) ApplyRequest r) {
        CustomerPaymentId payment = new CustomerPaymentId(id);
        visible(payments, payment);
        applying.applyReceipt(payment, r == null || r.invoiceId() == null ? null : new InvoiceId(r.invoiceId()));
        return json(payments.get(payment));
    }

    @GetMapping("/api/v1/contacts/{id}/credit-on-account")
    @PreAuthorize("hasAuthority('Invoices.View')")
    @Operation(summary = "The customer's credit on account: the unapplied part of their payments on account; 404 for a "
            + "contact that is not the caller's")
    CreditJson creditOnAccount(@PathVariable long id) {
        ContactId customer = new ContactId(id);
        contacts.find(customer).orElseThrow(() -> new RecordNotFound("Contact", id));
        return new CreditJson(id, money(payments.creditOnAccount(customer)));
    }

    /** The receipt when its store is the caller's to see (decision 7); another store's is absent, like another tenant's. */
    static CustomerPayment visible(CustomerPayments payments, CustomerPaymentId id) {
        CustomerPayment payment = payments.get(id);
        if (!CurrentUser.require().mayAccess(payment.store())) throw new RecordNotFound("Customer payment", id);
        return payment;
    }

    static PaymentJson json(CustomerPayment p) {
        return new PaymentJson(p.id().value(), p.customer().value(), p.customerName(), p.store().value(), p.date(),
                p.method().name(), p.methodName(), p.checkNumber(), p.cardLast4(), p.reference(), p.notes(),
                money(p.amount()), money(p.voided() ? BigDecimal.ZERO : p.applied()), money(p.unapplied()),
                p.sourcePayment() == null ? null : p.sourcePayment().value(), p.voided(),
                p.voidKind() == null ? null : p.voidKind().name(), p.voidReason(), p.voidDate(),
                p.nsfFeeInvoice() == null ? null : p.nsfFeeInvoice().value(),
                p.applications().stream().map(a -> new ApplicationJson(a.id().value(), a.invoice().value(),
                        a.invoiceNumber(), a.date(), money(a.amount()), a.applied())).toList());
    }

    static String money(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static BigDecimal decimal(String field, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw new BusinessRuleViolated(field, "Enter a number, like 12.50.");
        }
    }

    static LocalDate date(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BusinessRuleViolated("date", "Enter the date as YYYY-MM-DD.");
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value, String choices) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolated(field, "Choose " + choices + ".");
        }
    }
}
