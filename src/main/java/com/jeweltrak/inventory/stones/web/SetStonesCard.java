package com.jeweltrak.inventory.stones.web;

import java.util.List;

import com.jeweltrak.inventory.AllowedValues;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.stones.GradingReports;
import com.jeweltrak.inventory.stones.SetStone;
import com.jeweltrak.inventory.stones.SetStones;
import com.jeweltrak.inventory.stones.StoneCategory;
import com.jeweltrak.inventory.stones.StoneCertificates;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The Set stones card as the item page shows it, after whatever action led here. */
@Component
class SetStonesCard {

    /** A row with whether a certificate file is there to View, Email, Share (R11; Share a Certificate R7). */
    record StoneRow(SetStone stone, boolean hasCertificate) {
    }

    private final Items items;
    private final SetStones stones;
    private final StoneCertificates certificates;
    private final GradingReports gradingReports;

    SetStonesCard(Items items, SetStones stones, StoneCertificates certificates, GradingReports gradingReports) {
        this.items = items;
        this.stones = stones;
        this.certificates = certificates;
        this.gradingReports = gradingReports;
    }

    /** The item a loose stone is set in, if it is: its id and StockID. */
    record SetIn(long itemId, String stockId) {
    }

    SetIn setIn(Item looseStone) {
        return stones.holding(looseStone.id()).map(s -> new SetIn(s.item().value(), items.get(s.item()).stockId()))
                .orElse(null);
    }

    String render(Item item, Model model) {
        Item fresh = items.get(item.id());
        model.addAttribute("item", fresh);
        model.addAttribute("stones", stones.of(fresh.id()).stream().map(s -> new StoneRow(s,
                certificates.ofSetStone(fresh.id(), s.id()).isPresent())).toList());
        model.addAttribute("categories", StoneCategory.values());
        model.addAttribute("canEditStones", StoneAccess.canEdit(fresh));
        model.addAttribute("giaLookup", gradingReports.available());
        model.addAttribute("labs", List.of("GIA", "IGI", "AGS", "HRD", "GCAL", "AGL", "GRS", "SSEF", "GUBELIN", "OTHER"));
        model.addAttribute("letterColors", AllowedValues.DIAMOND_COLORS);
        model.addAttribute("clarities", AllowedValues.CLARITIES);
        Object form = model.getAttribute("setStoneForm");
        StoneCategory category = form instanceof SetStoneForm f ? StoneCategory.parse(f.category()).orElse(null) : null;
        // a form whose category is unknown cannot show its fields: back to the category picker
        model.addAttribute("setStoneForm", category == null ? null : form);
        model.addAttribute("formCategory", category);
        return "inventory/set-stones :: card";
    }
}
