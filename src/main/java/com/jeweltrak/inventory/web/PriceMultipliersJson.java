package com.jeweltrak.inventory.web;

import java.math.BigDecimal;

import com.jeweltrak.inventory.PriceLadder;
import com.jeweltrak.inventory.PriceLadder.Base;
import com.jeweltrak.inventory.PriceLadder.Step;
import io.swagger.v3.oas.annotations.media.Schema;

/** A store's multipliers over the API: plain numbers as strings (null = none), bases COST or PREVIOUS. */
record PriceMultipliersJson(
        @Schema(example = "2.0") String p1Multiplier,
        @Schema(example = "1.25") String p2Multiplier, @Schema(example = "PREVIOUS") Base p2Base,
        @Schema(example = "1.2") String p3Multiplier, @Schema(example = "PREVIOUS") Base p3Base,
        @Schema(example = "1.33") String retailMultiplier, @Schema(example = "PREVIOUS") Base retailBase) {

    static PriceMultipliersJson of(PriceLadder ladder) {
        return new PriceMultipliersJson(text(ladder.p1()), text(ladder.p2().multiplier()), ladder.p2().base(),
                text(ladder.p3().multiplier()), ladder.p3().base(), text(ladder.retail().multiplier()),
                ladder.retail().base());
    }

    PriceLadder toLadder() {
        return new PriceLadder(Json.decimal("p1Multiplier", p1Multiplier),
                new Step(Json.decimal("p2Multiplier", p2Multiplier), p2Base),
                new Step(Json.decimal("p3Multiplier", p3Multiplier), p3Base),
                new Step(Json.decimal("retailMultiplier", retailMultiplier), retailBase));
    }

    private static String text(BigDecimal value) {
        return value == null ? null : MultipliersForm.plain(value).toPlainString();
    }
}
