package com.jeweltrak.platform.lists;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Exports never carry a formula a spreadsheet would run (CSV / formula injection). */
class SpreadsheetTextTests {

    // a cell starting with = + - @ (or tab / CR) is read as text, not as a formula
    @Test
    void textThatWouldStartAFormulaGetsALeadingApostrophe() {
        assertThat(SpreadsheetText.neutralized("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(SpreadsheetText.neutralized("+1-555")).isEqualTo("'+1-555");
        assertThat(SpreadsheetText.neutralized("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetText.neutralized("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetText.neutralized("\t=1")).isEqualTo("'\t=1");
    }

    // ordinary text is left exactly as it is
    @Test
    void ordinaryTextIsUnchanged() {
        assertThat(SpreadsheetText.neutralized("Ann = owner")).isEqualTo("Ann = owner");
        assertThat(SpreadsheetText.neutralized("")).isEmpty();
        assertThat(SpreadsheetText.neutralized(null)).isNull();
    }
}
