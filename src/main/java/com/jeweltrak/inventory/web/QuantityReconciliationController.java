package com.jeweltrak.inventory.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.QuantityReconciliation;
import com.jeweltrak.inventory.StockLedger;
import com.jeweltrak.platform.BusinessRuleViolated;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Utilities → Quantity Reconciliation (11-utilities R1, R5–R7): Run, the mismatches, their history, Fix / Fix all. */
@Controller
@RequestMapping("/utilities/quantity-reconciliation")
@PreAuthorize("hasAuthority('CanManageUsers')")
class QuantityReconciliationController {

    static final int PAGE_SIZE = 50;

    private final QuantityReconciliation reconciliation;
    private final Items items;
    private final StockLedger ledger;

    QuantityReconciliationController(QuantityReconciliation reconciliation, Items items, StockLedger ledger) {
        this.reconciliation = reconciliation;
        this.items = items;
        this.ledger = ledger;
    }

    /** The page; with run=true (the Run button) it lists the mismatches, a page at a time. */
    @GetMapping
    String page(@RequestParam(defaultValue = "false") boolean run, @RequestParam(defaultValue = "0") int page, Model model) {
        if (run) model.addAttribute("result", reconciliation.run(Math.max(0, page), PAGE_SIZE));
        return "inventory/quantity-reconciliation";
    }

    @PostMapping("/fix")
    String fix(@RequestParam("itemId") List<Long> itemIds, RedirectAttributes redirect) {
        try {
            var fixed = reconciliation.fix(itemIds.stream().map(ItemId::new).toList());
            redirect.addFlashAttribute("flash", fixed.fixedStockIds().isEmpty() ? "Nothing to fix: the item agrees with its history."
                    : "StockID " + String.join(", ", fixed.fixedStockIds()) + " now agrees with its history.");
        } catch (BusinessRuleViolated violation) {
            redirect.addFlashAttribute("flashError", violation.getMessage());
        }
        return "redirect:/utilities/quantity-reconciliation?run=true";
    }

    @PostMapping("/fix-all")
    String fixAll(RedirectAttributes redirect) {
        var fixed = reconciliation.fixAll();
        redirect.addFlashAttribute("flash", fixed.fixedStockIds().size() + " item(s) now agree with their history.");
        if (!fixed.refusedStockIds().isEmpty()) {
            redirect.addFlashAttribute("flashError", "Not fixed — the movements add up to less than zero, correct them with a "
                    + "quantity adjustment: StockID " + String.join(", ", fixed.refusedStockIds()) + ".");
        }
        return "redirect:/utilities/quantity-reconciliation?run=true";
    }

    /** R6: the item's whole history with a running result, oldest first. */
    record HistoryRow(StockLedger.Recorded movement, BigDecimal inStock, BigDecimal onMemo, BigDecimal carats) {
    }

    @GetMapping("/items/{id}")
    String history(@PathVariable long id, Model model) {
        Item item = items.get(new ItemId(id));
        BigDecimal inStock = BigDecimal.ZERO;
        BigDecimal onMemo = BigDecimal.ZERO;
        BigDecimal carats = BigDecimal.ZERO;
        List<HistoryRow> rows = new ArrayList<>();
        for (StockLedger.Recorded m : ledger.history(item.id())) {
            inStock = inStock.add(m.inStock());
            onMemo = onMemo.add(m.onMemo());
            carats = carats.add(m.carats());
            rows.add(new HistoryRow(m, inStock, onMemo, carats));
        }
        model.addAttribute("item", item);
        model.addAttribute("rows", rows);
        model.addAttribute("expectedInStock", inStock);
        model.addAttribute("expectedOnMemo", onMemo);
        model.addAttribute("expectedCarats", item.family().isStone() ? carats : null);
        return "inventory/quantity-history";
    }
}
