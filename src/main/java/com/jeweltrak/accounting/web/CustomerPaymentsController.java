package com.jeweltrak.accounting.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.idempotency.FormIdempotency;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.web.FormErrors;
import com.jeweltrak.platform.web.StateConflict;
import com.jeweltrak.sales.ApplyingCreditOnAccount;
import com.jeweltrak.sales.CustomerPayment;
import com.jeweltrak.sales.CustomerPaymentId;
import com.jeweltrak.sales.CustomerPayments;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.PaymentMethod;
import com.jeweltrak.sales.ReceivingAPayment;
import com.jeweltrak.sales.VoidingACustomerPayment;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The + Payment form and the receipt page (08-accounting §AR R6, §Applying Payments, §Voiding Payments): a payment on
 * account oldest-first or by ticking invoices (each with its amount), the receipt with its applications and unapplied
 * credit, "Apply credit", and the Void form (kind, reason, NSF fee). Post/redirect/get; a refusal re-renders the form
 * with the message beside its field (422) and everything typed kept.
 */
@Controller
class CustomerPaymentsController {

    /** The form as typed: invoiceIds and amounts run in step (one per open invoice); picked = the ticked invoice ids. */
    record PaymentForm(String amount, String date, String method, String methodName, String checkNumber, String cardLast4,
                       String authCode, String reference, String notes, String mode, List<Long> invoiceIds,
                       List<String> amounts, List<Long> picked, String idempotencyKey) {
    }

    record VoidForm(String kind, String reason, String nsfFee) {
    }

    private static final Pattern APPLICATION_FIELD = Pattern.compile("applications\\[(\\d+)]\\.\\w+");

    private final CustomerPayments payments;
    private final ReceivingAPayment receiving;
    private final VoidingACustomerPayment voiding;
    private final ApplyingCreditOnAccount applying;
    private final Contacts contacts;
    private final FormIdempotency idempotency;

    CustomerPaymentsController(CustomerPayments payments, ReceivingAPayment receiving, VoidingACustomerPayment voiding,
                               ApplyingCreditOnAccount applying, Contacts contacts, FormIdempotency idempotency) {
        this.payments = payments;
        this.receiving = receiving;
        this.voiding = voiding;
        this.applying = applying;
        this.contacts = contacts;
        this.idempotency = idempotency;
    }

    @GetMapping("/accounting/receivables/{customerId}/payments/new")
    @PreAuthorize("hasAuthority('Invoices.Edit')")
    String form(@PathVariable long customerId, @RequestParam(required = false) Long invoiceId, Model model) {
        Contact customer = customer(customerId);
        var open = payments.openInvoices(customer.id());
        boolean manual = invoiceId != null && open.stream().anyMatch(o -> o.id().value() == invoiceId);
        List<String> amounts = open.stream().map(o -> manual && o.id().value() == invoiceId ? money(o.balance()) : "").toList();
        PaymentForm form = new PaymentForm(manual ? money(open.stream().filter(o -> o.id().value() == invoiceId)
                .findFirst().orElseThrow().balance()) : "", LocalDate.now(CurrentUser.require().zone()).toString(), "CASH",
                "", "", "", "", "", "", manual ? "MANUAL" : "OLDEST_FIRST",
                open.stream().map(o -> o.id().value()).toList(), amounts, manual ? List.of(invoiceId) : List.of(),
                idempotency.newKey());
        return formPage(model, customer, form, Map.of());
    }

    @PostMapping("/accounting/receivables/{customerId}/payments")
    @PreAuthorize("hasAuthority('Invoices.Edit')")
    String receive(@PathVariable long customerId, @ModelAttribute("paymentForm") PaymentForm form, BindingResult binding,
                   Model model, HttpServletResponse response) {
        Contact customer = customer(customerId);
        List<InvoiceId> pickedOrder = new ArrayList<>();
        try {
            return "redirect:" + idempotency.once(form.idempotencyKey(), "payment on account of " + customerId, () -> {
                ReceivingAPayment.Mode mode = "MANUAL".equals(form.mode()) ? ReceivingAPayment.Mode.MANUAL
                        : ReceivingAPayment.Mode.OLDEST_FIRST;
                List<ReceivingAPayment.Allocation> picks = new ArrayList<>();
                List<Long> ids = form.invoiceIds() == null ? List.of() : form.invoiceIds();
                List<Long> ticked = form.picked() == null ? List.of() : form.picked();
                for (int i = 0; i < ids.size(); i++) {
                    if (!ticked.contains(ids.get(i))) continue;
                    String typed = form.amounts() != null && i < form.amounts().size() ? form.amounts().get(i) : null;
                    pickedOrder.add(new InvoiceId(ids.get(i)));
                    picks.add(new ReceivingAPayment.Allocation(new InvoiceId(ids.get(i)),
                            CustomerPaymentsApi.decimal("applications[" + (picks.size()) + "].amount", typed)));
                }
                if (mode == ReceivingAPayment.Mode.MANUAL && picks.isEmpty()) {
                    throw new BusinessRuleViolated("mode", "Tick the invoices the payment is for, or apply it oldest first.");
                }
                CustomerPaymentId id = receiving.receive(new ReceivingAPayment.Request(customer.id(),
                        CurrentUser.require().currentStore().id(), CustomerPaymentsApi.decimal("amount", form.amount()),
                        date(form.date()), method(form.method()), form.methodName(), form.checkNumber(), form.cardLast4(),
                        form.authCode(), form.reference(), form.notes(), mode,
                        mode == ReceivingAPayment.Mode.MANUAL ? picks : List.of()));
                return "/accounting/payments/" + id;
            });
        } catch (BusinessRuleViolated violation) {
            Map<Long, String> rowErrors = new HashMap<>();
            Matcher m = violation.field() == null ? null : APPLICATION_FIELD.matcher(violation.field());
            if (m != null && m.matches() && Integer.parseInt(m.group(1)) < pickedOrder.size()) {
                rowErrors.put(pickedOrder.get(Integer.parseInt(m.group(1))).value(), violation.getMessage());
            } else {
                FormErrors.reject(binding, violation);
            }
            response.setStatus(422);
            return formPage(model, customer, form, rowErrors);
        }
    }

    @GetMapping("/accounting/payments/{paymentId}")
    @PreAuthorize("hasAuthority('Invoices.View')")
    String receipt(@PathVariable long paymentId, Model model) {
        CustomerPayment payment = CustomerPaymentsApi.visible(payments, new CustomerPaymentId(paymentId));
        model.addAttribute("voidForm", new VoidForm("NSF", "", ""));
        return receiptPage(model, payment);
    }

    @PostMapping("/accounting/payments/{paymentId}/void")
    @PreAuthorize("hasAuthority('CanVoidTransactions')")
    String voidPayment(@PathVariable long paymentId, @ModelAttribute("voidForm") VoidForm form, BindingResult binding,
                       Model model, HttpServletResponse response, RedirectAttributes flash) {
        CustomerPaymentId id = new CustomerPaymentId(paymentId);
        CustomerPayment payment = CustomerPaymentsApi.visible(payments, id);
        try {
            CustomerPayment.VoidKind kind = form.kind() == null || form.kind().isBlank() ? null
                    : CustomerPaymentsApi.parse(CustomerPayment.VoidKind.class, "kind", form.kind(), "NSF, CHARGEBACK or OTHER");
            voiding.voidPayment(id, new VoidingACustomerPayment.Request(kind, form.reason(),
                    CustomerPaymentsApi.decimal("nsfFee", form.nsfFee())));
            flash.addFlashAttribute("flash", "Payment on account #" + id + " is voided.");
            return "redirect:/accounting/payments/" + id;
        } catch (BusinessRuleViolated violation) {
            FormErrors.reject(binding, violation);
            response.setStatus(422);
        } catch (StateConflict conflict) {
            binding.reject("state", conflict.getMessage());
            response.setStatus(409);
        }
        return receiptPage(model, payment);
    }

    @PostMapping("/accounting/payments/{paymentId}/apply")
    @PreAuthorize("hasAuthority('Invoices.Edit')")
    String apply(@PathVariable long paymentId, @RequestParam(required = false) Long invoiceId, Model model,
                 HttpServletResponse response, RedirectAttributes flash) {
        CustomerPaymentId id = new CustomerPaymentId(paymentId);
        CustomerPayment payment = CustomerPaymentsApi.visible(payments, id);
        try {
            BigDecimal applied = applying.applyReceipt(id, invoiceId == null ? null : new InvoiceId(invoiceId));
            flash.addFlashAttribute("flash", money(applied) + " of credit applied.");
            return "redirect:/accounting/payments/" + id;
        } catch (BusinessRuleViolated | StateConflict refused) {
            model.addAttribute("applyError", refused.getMessage());
            model.addAttribute("voidForm", new VoidForm("NSF", "", ""));
            response.setStatus(refused instanceof StateConflict ? 409 : 422);
            return receiptPage(model, payment);
        }
    }

    private String formPage(Model model, Contact customer, PaymentForm form, Map<Long, String> rowErrors) {
        model.addAttribute("customer", customer);
        model.addAttribute("customerName", name(customer));
        model.addAttribute("paymentForm", form);
        var open = payments.openInvoices(customer.id());
        model.addAttribute("openInvoices", open);
        Map<Long, String> typed = new HashMap<>();
        List<Long> ids = form.invoiceIds() == null ? List.of() : form.invoiceIds();
        for (int i = 0; i < ids.size(); i++) {
            if (form.amounts() != null && i < form.amounts().size()) typed.put(ids.get(i), form.amounts().get(i));
        }
        model.addAttribute("typedAmounts", typed);
        model.addAttribute("pickedIds", form.picked() == null ? List.of() : form.picked());
        model.addAttribute("rowErrors", rowErrors);
        model.addAttribute("creditOnAccount", payments.creditOnAccount(customer.id()));
        return "accounting/payment-new";
    }

    private String receiptPage(Model model, CustomerPayment payment) {
        model.addAttribute("payment", payment);
        model.addAttribute("mayVoid", CurrentUser.require().can("CanVoidTransactions"));
        model.addAttribute("openInvoices", payment.voided() ? List.of() : payments.openInvoices(payment.customer()));
        // §Voiding Payments R6: the invoices that will owe again, shown before the void is confirmed
        model.addAttribute("willOweAgain", payment.applications().stream().filter(CustomerPayment.Application::applied).toList());
        return "accounting/payment";
    }

    private Contact customer(long id) {
        return contacts.find(new ContactId(id)).orElseThrow(() -> new RecordNotFound("Contact", id));
    }

    private static String name(Contact contact) {
        return contact.displayName();
    }

    private static PaymentMethod method(String text) {
        if (text == null || text.isBlank()) return null;
        return CustomerPaymentsApi.parse(PaymentMethod.class, "method", text, "CASH, CHECK, CARD or OTHER");
    }

    private static LocalDate date(String text) {
        return CustomerPaymentsApi.date(text);
    }

    static String money(BigDecimal value) {
        return CustomerPaymentsApi.money(value);
    }
}
