package com.jeweltrak.platform.lists;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 01-navigation §Show &amp; hide list columns: which columns a list shows for a saved choice. */
class ColumnChoiceTests {

    private final ListDefinition<TestLists.Gem> gems = TestLists.gems().build();

    private List<String> shown(ColumnChoice saved) {
        return ColumnChoice.shown(gems, saved).stream().map(Column::key).toList();
    }

    // R6: with no saved choice the list shows its default-visible columns, in the declared order
    @Test
    void withoutASavedChoiceTheDefaultColumnsShow() {
        assertThat(shown(null)).containsExactly("stockId", "kind", "price");
    }

    // R2, R4: ticked columns show and unticked ones hide, as saved
    @Test
    void theTickedColumnsAreTheOnesShown() {
        ColumnChoice choice = ColumnChoice.ticked(gems, List.of("stockId", "vendor", "price"));

        assertThat(choice.visible()).containsExactlyInAnyOrder("stockId", "vendor", "price");
        assertThat(choice.hidden()).containsExactly("kind");
        assertThat(shown(choice)).containsExactly("stockId", "vendor", "price");
    }

    // R5: the identifying column stays shown even when the request leaves it out
    @Test
    void theIdentifyingColumnCannotBeHidden() {
        ColumnChoice choice = ColumnChoice.ticked(gems, List.of("kind"));

        assertThat(choice.visible()).contains("stockId");
        assertThat(shown(choice)).containsExactly("stockId", "kind");
        assertThat(shown(new ColumnChoice(Set.of(), Set.of("stockId", "kind")))).containsExactly("stockId", "price");
    }

    // R8: a saved key the list no longer has is dropped, and is never saved from a request either
    @Test
    void unknownColumnKeysAreSilentlyDropped() {
        ColumnChoice choice = ColumnChoice.ticked(gems, List.of("stockId", "carats", "'; drop table x"));

        assertThat(choice.visible()).containsExactly("stockId");
        assertThat(shown(new ColumnChoice(Set.of("stockId", "carats"), Set.of("kind", "retired"))))
                .containsExactly("stockId", "price");
    }

    // R8: a column added after the choice was saved shows with its own default, the saved choice intact
    @Test
    void aNewColumnAppearsWithItsDefault() {
        ColumnChoice savedBeforePriceExisted = new ColumnChoice(Set.of("stockId", "vendor"), Set.of("kind"));

        assertThat(shown(savedBeforePriceExisted)).containsExactly("stockId", "vendor", "price");
    }

    // R5: a list must declare a column that identifies its rows
    @Test
    void aListWithoutAnIdentifyingColumnIsRefused() {
        var builder = ListDefinition.builder("inventory.loose", TestLists.Gem.class)
                .column(Column.of("kind", "Kind", TestLists.Gem::kind)).id("g.id", TestLists.Gem::id)
                .source(TestLists.NO_ROWS);

        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("R5");
    }
}
