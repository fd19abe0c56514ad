package com.jeweltrak.sales.memos;

import java.math.BigDecimal;
import java.util.List;

import com.jeweltrak.inventory.ItemId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 02-sales §Memos R3, R4: the header pill and counts line from the lines' unit totals; a line's Out and status. */
class MemoCountsTests {

    private static MemoLine line(String qty, String returned, String invoiced) {
        return new MemoLine(1, new ItemId(1), "1", "Ring", new BigDecimal(qty), new BigDecimal("100"), BigDecimal.ZERO,
                new BigDecimal(returned), new BigDecimal(invoiced));
    }

    private static MemoPill pill(MemoLine... lines) {
        return MemoCounts.of(List.of(lines)).pill();
    }

    // R3 Empty: the memo has no lines
    @Test
    void aMemoWithoutLinesIsEmpty() {
        assertThat(pill()).isEqualTo(MemoPill.EMPTY);
    }

    // R3 Open: O > 0, R = 0, I = 0
    @Test
    void aMemoWithEverythingOutIsOpen() {
        assertThat(pill(line("1", "0", "0"), line("2", "0", "0"))).isEqualTo(MemoPill.OPEN);
    }

    // R3 Partial: O > 0 and R + I > 0 (by a return)
    @Test
    void aMemoWithSomethingOutAndSomethingReturnedIsPartial() {
        assertThat(pill(line("1", "0", "0"), line("1", "1", "0"))).isEqualTo(MemoPill.PARTIAL);
    }

    // R3 Partial: O > 0 and R + I > 0 (by an invoice, within one line)
    @Test
    void aMemoWithSomethingOutAndSomethingInvoicedIsPartial() {
        assertThat(pill(line("3", "0", "1"))).isEqualTo(MemoPill.PARTIAL);
    }

    // R3 Returned: O = 0, R > 0, I = 0
    @Test
    void aMemoWhollyReturnedIsReturned() {
        assertThat(pill(line("1", "1", "0"), line("2", "2", "0"))).isEqualTo(MemoPill.RETURNED);
    }

    // R3 Invoiced: O = 0, I > 0, R = 0
    @Test
    void aMemoWhollyInvoicedIsInvoiced() {
        assertThat(pill(line("2", "0", "2"))).isEqualTo(MemoPill.INVOICED);
    }

    // R3 Closed: O = 0, R > 0, I > 0
    @Test
    void aMemoPartlyReturnedAndPartlyInvoicedWithNothingOutIsClosed() {
        assertThat(pill(line("1", "1", "0"), line("1", "0", "1"))).isEqualTo(MemoPill.CLOSED);
    }

    // §Memos worked example: "3 out · 1 returned · 2 invoiced" → 6 units, O = 3 > 0 and R + I = 3 > 0 → Partial
    @Test
    void theWorkedExampleIsPartialWithItsCountsLine() {
        MemoCounts counts = MemoCounts.of(List.of(line("4", "1", "0"), line("2", "0", "2")));
        assertThat(counts.text()).isEqualTo("3 out · 1 returned · 2 invoiced");
        assertThat(counts.out().add(counts.returned()).add(counts.invoiced())).isEqualByComparingTo("6");
        assertThat(counts.pill()).isEqualTo(MemoPill.PARTIAL);
    }

    // R4: fractional units are shown as they are, whole ones without decimals
    @Test
    void theCountsLineShowsWholeUnitsWithoutDecimals() {
        assertThat(MemoCounts.of(List.of(line("2.000", "0.500", "0"))).text()).isEqualTo("1.5 out · 0.5 returned · 0 invoiced");
    }

    // Data: Out = Qty − QtyReturned − QtyInvoiced
    @Test
    void aLinesOutIsItsQuantityLessWhatCameBackOrWasInvoiced() {
        assertThat(line("5", "1", "2").out()).isEqualByComparingTo("2");
    }

    // Data + §Reversing R2/R4: On Memo while anything is out, else what the line became
    @Test
    void aLineIsOnMemoWhileAnythingIsOutAndElseWhatItBecame() {
        assertThat(line("2", "1", "0").status()).isEqualTo(MemoLineStatus.ON_MEMO);
        assertThat(line("2", "2", "0").status()).isEqualTo(MemoLineStatus.RETURNED);
        assertThat(line("2", "0", "2").status()).isEqualTo(MemoLineStatus.INVOICED);
    }
}
