package com.jeweltrak.platform.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 01-navigation §Search R6, issue 3 point 3: how a typed query is taken apart before it reaches the database. */
class SearchQueryTests {

    // issue 3 point 3: a query needs one part of 3 letters or digits, whatever symbols surround them —
    // shorter parts have no trigram for the index to look up
    @Test
    void aQueryNeedsOnePartOfThreeLettersOrDigits() {
        assertThat(SearchQuery.of("ab").searchable()).isFalse();
        assertThat(SearchQuery.of("  a-b  ").searchable()).isFalse();
        assertThat(SearchQuery.of("%_%*!").searchable()).isFalse();
        assertThat(SearchQuery.of(null).searchable()).isFalse();
        assertThat(SearchQuery.of("1 2 3").searchable()).isFalse();
        assertThat(SearchQuery.of("zoë").searchable()).isTrue();
        assertThat(SearchQuery.of("R-1").searchable()).isFalse();
        assertThat(SearchQuery.of("R-10").searchable()).isTrue();
        assertThat(SearchQuery.of("a b zoe").searchable()).isTrue();
    }

    // 01-navigation §Search R6: every word must occur; the longest goes first to drive the trigram index
    @Test
    void tokensAreTheTypedPartsLongestFirstWithoutSymbolOnlyOnes() {
        SearchQuery query = SearchQuery.of("  zoe  -  ångström ");

        assertThat(query.tokens()).containsExactly("ångström", "zoe");
        assertThat(query.text()).isEqualTo("zoe  -  ångström");
    }

    // 01-navigation §Search R3: an e-mail or StockID stays one token for substring matching; its words of
    // two or more characters are prefixes (a single letter would be the prefix of half the index)
    @Test
    void wordsAreTheRunsOfTwoOrMoreLettersAndDigits() {
        SearchQuery query = SearchQuery.of("zoe.a@test.example R-1042");

        assertThat(query.tokens()).containsExactly("zoe.a@test.example", "R-1042");
        assertThat(query.words()).containsExactly("zoe", "test", "example", "1042");
    }

    // a pasted paragraph is cut down instead of becoming a query with hundreds of conditions
    @Test
    void aVeryLongQueryIsCutToEightPartsAndTwoHundredCharacters() {
        SearchQuery query = SearchQuery.of("word ".repeat(100));

        assertThat(query.tokens()).hasSize(8);
        assertThat(query.words()).hasSize(8);
        assertThat(query.text()).hasSizeLessThanOrEqualTo(200);
    }
}
