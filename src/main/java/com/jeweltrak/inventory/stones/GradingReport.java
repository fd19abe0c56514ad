package com.jeweltrak.inventory.stones;

import java.math.BigDecimal;

/** What a lab's report says about a diamond (§Set Stones R11/R12: GIA Lookup fills the form from it). */
public record GradingReport(String lab, String reportNumber, String shape, BigDecimal caratWeight, String color,
                            String clarity, String cut, String measurements, String reportDate) {
}
