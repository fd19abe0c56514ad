package com.jeweltrak.sales.web;

import com.jeweltrak.sales.AddingATradeIn;
import com.jeweltrak.sales.ChangingATradeIn;
import com.jeweltrak.sales.Invoice;
import com.jeweltrak.sales.InvoiceLine;
import com.jeweltrak.sales.SettingATradeConcession;
import com.jeweltrak.sales.web.InvoiceForms.TradeFieldsForm;
import com.jeweltrak.sales.web.InvoiceForms.TradeInForm;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Trade-ins on the invoice page (02-sales §Trade-In Negotiation): "Trade-in…" adds the customer's piece with the credit
 * allowed; a line's trade field (CanEditTradeFields, checked again by the use cases) sets a sold line's Trade Concession
 * or a trade-in's actual value.
 */
@Controller
@RequestMapping("/sales")
class InvoiceTradeInsController {

    private final InvoicePage page;
    private final AddingATradeIn adding;
    private final ChangingATradeIn changing;
    private final SettingATradeConcession concession;

    InvoiceTradeInsController(InvoicePage page, AddingATradeIn adding, ChangingATradeIn changing,
                              SettingATradeConcession concession) {
        this.page = page;
        this.adding = adding;
        this.changing = changing;
        this.concession = concession;
    }

    @PostMapping("/invoices/{id}/trade-ins")
    @PreAuthorize(InvoicesApi.SELLING)
    String addTradeIn(@PathVariable long id, @ModelAttribute("tradeInForm") TradeInForm form, BindingResult result,
                      HttpServletRequest request, HttpServletResponse response, Model model) {
        Invoice invoice = page.visible(id);
        return page.act(invoice, result, request, response, model, () -> {
            try {
                adding.add(invoice.id(), new AddingATradeIn.Request(form.tradeDescription(), form.tradeFamily(),
                        form.tradeCategory(), InvoiceJson.decimal("tradeCredit", form.tradeCredit()),
                        InvoiceJson.decimal("tradeActualValue", form.tradeActualValue()),
                        form.taxable() == null ? Boolean.FALSE : form.taxable()));
            } catch (com.jeweltrak.platform.BusinessRuleViolated refused) {
                // the page's field is tradeDescription: the description there is another form's
                if (!"description".equals(refused.field())) throw refused;
                throw new com.jeweltrak.platform.BusinessRuleViolated("tradeDescription", refused.getMessage());
            }
            return null;
        });
    }

    @PostMapping("/invoices/{id}/lines/{lineId}/trade")
    @PreAuthorize(InvoicesApi.SELLING)
    String setTradeField(@PathVariable long id, @PathVariable long lineId, @ModelAttribute("tradeFieldsForm") TradeFieldsForm form,
                         BindingResult result, HttpServletRequest request, HttpServletResponse response, Model model) {
        Invoice invoice = page.visible(id);
        InvoiceLine line = invoice.line(lineId);
        model.addAttribute("tradeLine", lineId);
        return page.act(invoice, result, request, response, model, () -> {
            if (line.isTradeIn()) {
                changing.change(invoice.id(), lineId, new ChangingATradeIn.Request(null, null, null, null,
                        InvoiceJson.decimal("tradeActualValue", form.tradeActualValue()), null));
            } else {
                var amount = InvoiceJson.decimal("tradeConcession", form.tradeConcession());
                concession.set(invoice.id(), lineId, amount == null ? java.math.BigDecimal.ZERO : amount);
            }
            return null;
        });
    }
}
