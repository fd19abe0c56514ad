package com.jeweltrak.sales.memos.web;

import java.util.List;
import java.util.Map;

import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.memos.ConvertingAMemo;
import com.jeweltrak.sales.memos.Memo;
import com.jeweltrak.sales.memos.web.MemoForms.ActionsForm;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Convert to invoice from the memo page (02-sales §Memos R5, R7): "Invoice…" lists the lines still out, each with a
 * quantity box capped at its Out; "Invoice selected" opens the new invoice and goes to it.
 */
@Controller
@RequestMapping("/sales/memos")
class MemoInvoicingController {

    private final MemoPage page;
    private final ConvertingAMemo converting;

    MemoInvoicingController(MemoPage page, ConvertingAMemo converting) {
        this.page = page;
        this.converting = converting;
    }

    @GetMapping("/{id}/invoice")
    @PreAuthorize("hasAuthority('Invoices.Create')")
    String invoiceForm(@PathVariable long id, Model model) {
        return page.renderInvoiceForm(page.visible(id), model);
    }

    /** Quantities come as {@code qty-<memo line id>}; an empty box leaves the line on memo. */
    @PostMapping("/{id}/invoices")
    @PreAuthorize("hasAuthority('Invoices.Create')")
    String invoice(@PathVariable long id, @ModelAttribute("invoiceForm") ActionsForm form, BindingResult result,
                   @RequestParam MultiValueMap<String, String> params, HttpServletResponse response, Model model) {
        Memo memo = page.visible(id);
        Map<Long, String> typed = MemoInput.typedQuantities(params);
        model.addAttribute("typed", typed);
        return page.act(memo, result, response, model, () -> {
            List<ConvertingAMemo.Line> lines = MemoInput.lines(typed, ConvertingAMemo.Line::new);
            InvoiceId invoice = converting.convert(memo.id(), lines);
            return "/sales/invoices/" + invoice.value();
        }, () -> page.renderInvoiceForm(page.reread(memo), model));
    }
}
