package com.jeweltrak.inventory.stones.web;

import java.math.BigDecimal;

import com.jeweltrak.inventory.stones.SetStone;
import com.jeweltrak.inventory.stones.SetStoneDetails;
import com.jeweltrak.inventory.stones.StoneCategory;
import com.jeweltrak.platform.BusinessRuleViolated;
import jakarta.validation.constraints.Size;

/** The manual set-stone form: only the chosen category's fields are shown (R5), the others arrive blank. */
record SetStoneForm(String category, @Size(max = 60, message = "Keep the type to 60 characters.") String type,
                    Integer quantity, BigDecimal caratWeight,
                    @Size(max = 40, message = "Keep the shape to 40 characters.") String shape,
                    @Size(max = 40, message = "Keep the color to 40 characters.") String color,
                    @Size(max = 40, message = "Keep the clarity to 40 characters.") String clarity,
                    @Size(max = 60, message = "Keep the fancy color to 60 characters.") String fancyColor,
                    BigDecimal sizeMm, String lab,
                    @Size(max = 40, message = "Keep the certificate number to 40 characters.") String certNumber) {

    static SetStoneForm blank(StoneCategory category) {
        return new SetStoneForm(category.name(), category.defaultType(), 1, null, null, null, null, null, null, null, null);
    }

    static SetStoneForm of(SetStone stone) {
        SetStoneDetails d = stone.details();
        return new SetStoneForm(d.category().name(), d.type(), d.quantity(), d.caratWeight(), d.shape(), d.color(),
                d.clarity(), d.fancyColor(), d.sizeMm(), d.lab(), d.certNumber());
    }

    StoneCategory stoneCategory() {
        return StoneCategory.parse(category).orElseThrow(() -> new BusinessRuleViolated("category",
                "Choose the stone's category first."));
    }

    /** The details; a refused rule comes back as {@link BusinessRuleViolated} naming its field. */
    SetStoneDetails toDetails() {
        return new SetStoneDetails(stoneCategory(), type, quantity == null ? 1 : quantity, caratWeight, shape, color,
                clarity, fancyColor, sizeMm, lab, certNumber);
    }
}
