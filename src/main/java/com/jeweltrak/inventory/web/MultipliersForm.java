package com.jeweltrak.inventory.web;

import java.math.BigDecimal;

import com.jeweltrak.inventory.PriceLadder;
import com.jeweltrak.inventory.PriceLadder.Base;
import com.jeweltrak.inventory.PriceLadder.Step;

/** The store's multipliers form: four plain numbers (blank = none) and, after Price 1, a base per level. */
record MultipliersForm(BigDecimal p1Multiplier, BigDecimal p2Multiplier, Base p2Base, BigDecimal p3Multiplier,
                       Base p3Base, BigDecimal retailMultiplier, Base retailBase) {

    static MultipliersForm of(PriceLadder ladder) {
        return new MultipliersForm(plain(ladder.p1()), plain(ladder.p2().multiplier()), ladder.p2().base(),
                plain(ladder.p3().multiplier()), ladder.p3().base(), plain(ladder.retail().multiplier()),
                ladder.retail().base());
    }

    PriceLadder toLadder() {
        return new PriceLadder(p1Multiplier, new Step(p2Multiplier, p2Base), new Step(p3Multiplier, p3Base),
                new Step(retailMultiplier, retailBase));
    }

    /** 2.5, not 2.5000 as stored. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) return null;
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
