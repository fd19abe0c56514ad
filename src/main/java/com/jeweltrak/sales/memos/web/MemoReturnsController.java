package com.jeweltrak.sales.memos.web;

import com.jeweltrak.sales.memos.MemoReturn;
import com.jeweltrak.sales.memos.Memos;
import com.jeweltrak.sales.memos.UnwindingAMemoReturn;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A memo return receipt (02-sales §Reversing R3, UI "Memo Returns receipt with line remove + Delete receipt"): remove a
 * line returned by mistake, or delete the whole receipt (CanVoidMemoReturns); the memo's counts follow.
 */
@Controller
@RequestMapping("/sales/memo-returns")
class MemoReturnsController {

    static final String UNWINDING = "hasAnyAuthority('MemoReturns.Edit', 'CanVoidMemoReturns')";

    private final MemoPage page;
    private final Memos memos;
    private final UnwindingAMemoReturn unwinding;

    MemoReturnsController(MemoPage page, Memos memos, UnwindingAMemoReturn unwinding) {
        this.page = page;
        this.memos = memos;
        this.unwinding = unwinding;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('MemoReturns.View')")
    String show(@PathVariable long id, Model model) {
        return page.renderReceipt(page.visibleReturn(id), model);
    }

    @PostMapping("/{id}/lines/{lineId}/remove")
    @PreAuthorize(UNWINDING)
    String removeLine(@PathVariable long id, @PathVariable long lineId, HttpServletResponse response, Model model) {
        MemoReturn receipt = page.visibleReturn(id);
        receipt.line(lineId);
        return page.act(memos.get(receipt.memo()), MemoPage.actions(), response, model, () -> {
            unwinding.removeLine(receipt.id(), lineId);
            return "/sales/memo-returns/" + id;
        }, () -> page.renderReceipt(memos.getReturn(receipt.id()), model));
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('CanVoidMemoReturns')")
    String delete(@PathVariable long id, HttpServletResponse response, Model model, RedirectAttributes flash) {
        MemoReturn receipt = page.visibleReturn(id);
        String to = page.act(memos.get(receipt.memo()), MemoPage.actions(), response, model, () -> {
            unwinding.delete(receipt.id());
            return "/sales/memos/" + receipt.memo();
        }, () -> page.renderReceipt(memos.getReturn(receipt.id()), model));
        if (to.startsWith("redirect:")) {
            flash.addFlashAttribute("memoMessage", "Memo return " + receipt.numberText() + " was deleted; its items are "
                    + "out on the memo again.");
        }
        return to;
    }
}
