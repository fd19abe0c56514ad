package com.jeweltrak.platform.lists;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

/** Row selection is kept per list in the session, so it survives paging. */
class ListSelectionTests {

    private final ListSelection selection = new ListSelection();
    private final MockHttpSession session = new MockHttpSession();

    // issue 3 §1: ticking on one page and then another adds up; unticking removes only that row
    @Test
    void ticksOnSeveralPagesAddUp() {
        selection.change(session, "settings.users", List.of(1L, 2L), true);
        selection.change(session, "settings.users", List.of(7L), true);
        selection.change(session, "settings.users", List.of(2L), false);

        assertThat(selection.of(session, "settings.users")).containsExactlyInAnyOrder(1L, 7L);
    }

    // R3 in spirit: a selection belongs to its list only
    @Test
    void eachListHasItsOwnSelection() {
        selection.change(session, "settings.users", List.of(1L), true);

        assertThat(selection.of(session, "settings.stores")).isEmpty();
        selection.clear(session, "settings.users");
        assertThat(selection.of(session, "settings.users")).isEmpty();
    }

    // sessions are stored in PostgreSQL: the set must be written back, not changed in place
    @Test
    void everyChangeIsWrittenBackToTheSession() {
        selection.change(session, "settings.users", List.of(5L), true);
        Object first = session.getAttribute(ListSelection.ATTRIBUTE_PREFIX + "settings.users");
        selection.change(session, "settings.users", List.of(6L), true);

        assertThat(session.getAttribute(ListSelection.ATTRIBUTE_PREFIX + "settings.users")).isNotSameAs(first);
        assertThat(first).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.collection(Long.class))
                .containsExactly(5L);
    }
}
