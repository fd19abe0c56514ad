package com.jeweltrak.platform.lists;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** After a bulk action the user is back on the list as they left it — and never sent anywhere else. */
class BulkActionRedirectTests {

    private final ListDefinition<TestLists.Gem> gems = TestLists.gems().build();

    // design §5: the search, sort and page the user had are kept
    @Test
    void backToTheListWithItsSearchSortAndPage() {
        assertThat(BulkActionController.back(gems, "http://localhost:8080/inventory/gems?q=ruby&sort=kind,desc&page=2"))
                .isEqualTo("/inventory/gems?q=ruby&sort=kind,desc&page=2");
    }

    // open redirects: another page, another host, a malformed or missing Referer all lead to the list itself
    @Test
    void anythingButTheListItselfLeadsToTheListsPage() {
        assertThat(BulkActionController.back(gems, "http://localhost/settings/users?q=x")).isEqualTo("/inventory/gems");
        assertThat(BulkActionController.back(gems, "https://evil.example/inventory/gems?q=x")).isEqualTo("/inventory/gems?q=x");
        assertThat(BulkActionController.back(gems, "http://x/inventory/gems/../../evil")).isEqualTo("/inventory/gems");
        assertThat(BulkActionController.back(gems, "::not a uri")).isEqualTo("/inventory/gems");
        assertThat(BulkActionController.back(gems, null)).isEqualTo("/inventory/gems");
    }
}
