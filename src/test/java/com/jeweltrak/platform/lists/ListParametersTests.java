package com.jeweltrak.platform.lists;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** design §5: sorting and filtering are server-side and only ever use SQL the list declared. */
class ListParametersTests {

    private final ListDefinition<TestLists.Gem> gems = TestLists.gems().build();

    private static ListParameters sortedBy(String sort) {
        return new ListParameters(null, sort, null, null, Map.of());
    }

    // design §5: without a sort the list's default order applies, with the id last so pages never overlap
    @Test
    void withoutASortTheDefaultOrderApplies() {
        assertThat(sortedBy(null).toQuery(gems).orderBy()).isEqualTo("g.received_on desc, g.id");
    }

    // design §5: a sortable column sorts by its declared expressions in the asked direction
    @Test
    void aSortableColumnSortsAscendingOrDescending() {
        assertThat(sortedBy("kind,asc").toQuery(gems).orderBy()).isEqualTo("lower(g.kind) asc, g.id asc");
        assertThat(sortedBy("price,desc").toQuery(gems).orderBy()).isEqualTo("g.price desc, g.cost desc, g.id desc");
        assertThat(sortedBy("kind").toQuery(gems).orderBy()).isEqualTo("lower(g.kind) asc, g.id asc");
    }

    // design §5b: an unknown column, a column that does not sort or a bad direction is refused, naming "sort"
    @Test
    void aSortTheListDoesNotOfferIsRefused() {
        for (String bad : new String[] {"carats,asc", "vendor,asc", "kind,up", "kind,asc,desc", "g.price; drop table gem"}) {
            assertThatThrownBy(() -> sortedBy(bad).toQuery(gems)).as(bad)
                    .isInstanceOfSatisfying(InvalidListRequest.class, e -> assertThat(e.parameter()).isEqualTo("sort"));
        }
    }

    // design §5: a filter adds the option's declared condition; a value it does not offer is refused
    @Test
    void aFilterUsesOnlyTheConditionItDeclares() {
        var params = new LinkedMultiValueMap<String, String>();
        params.add("status", "memo");
        params.add("q", "ruby");
        ListQuery query = ListParameters.from(gems, params).toQuery(gems);

        assertThat(query.where()).isEqualTo("(g.on_memo)");
        assertThat(query.search()).isEqualTo("ruby");
        assertThat(new ListParameters(null, null, null, null, Map.of()).toQuery(gems).where()).isEqualTo("true");
        assertThatThrownBy(() -> new ListParameters(null, null, null, null, Map.of("status", "sold")).toQuery(gems))
                .isInstanceOfSatisfying(InvalidListRequest.class, e -> assertThat(e.parameter()).isEqualTo("status"));
    }

    // design §5: what was typed is searched for literally, LIKE's wildcards included
    @Test
    void theSearchTextMatchesLiterally() {
        assertThat(ListQuery.of(" 50%_Off\\ ", "x", 0, 10).searchPattern()).isEqualTo("%50\\%\\_off\\\\%");
    }

    // design §5: paging is clamped and a page that is not a number is a clear 400
    @Test
    void pagingIsClampedAndMustBeANumber() {
        ListQuery query = new ListParameters(null, null, -3, 10_000, Map.of()).toQuery(gems);
        assertThat(query.page()).isZero();
        assertThat(query.size()).isEqualTo(200);

        var params = new LinkedMultiValueMap<String, String>();
        params.add("page", "two");
        assertThatThrownBy(() -> ListParameters.from(gems, params))
                .isInstanceOfSatisfying(InvalidListRequest.class, e -> assertThat(e.parameter()).isEqualTo("page"));
    }

    // design §5: links keep the search, sort and filters, and a new sort starts at the first page
    @Test
    void linksKeepTheListsState() {
        var params = new ListParameters("rose gold", "kind,desc", 3, 50, Map.of("status", "memo"));

        assertThat(params.url("/inventory/gems")).isEqualTo("/inventory/gems?q=rose%20gold&sort=kind,desc&status=memo&page=3&size=50");
        assertThat(params.withSort("price,asc").url("/inventory/gems"))
                .isEqualTo("/inventory/gems?q=rose%20gold&sort=price,asc&status=memo&size=50");
    }

    // design §5: what was typed survives the link exactly — a "+" is not read back as a space, "&" ends nothing
    @Test
    void linksEncodeWhatWasTyped() {
        var params = new ListParameters("+1 555 & co=#1", null, null, null, Map.of());

        assertThat(params.url("/settings/users")).isEqualTo("/settings/users?q=%2B1%20555%20%26%20co%3D%231");
    }
}
