package com.jeweltrak.platform.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person typed, taken apart for {@code jt_search}: whitespace-separated tokens (each must occur,
 * longest first so the most selective one drives the trigram index) and the runs of two or more letters
 * and digits, matched as word prefixes (a single letter is the prefix of half the index). A query needs a
 * part of at least {@value #MINIMUM} letters or digits: a shorter pattern has no trigram to look up, so
 * the index could not help, and nobody means "a" (Search R6, issue 3 point 3).
 */
public record SearchQuery(String text, List<String> tokens, List<String> words) {

    public static final int MINIMUM = 3;
    /** More words than this only slow the query down without narrowing it further. */
    private static final int MAX_PARTS = 8;
    private static final int MAX_LENGTH = 200;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    public static SearchQuery of(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() > MAX_LENGTH) text = text.substring(0, MAX_LENGTH);
        List<String> tokens = new ArrayList<>();
        for (String token : text.split("\\s+")) {
            if (WORD.matcher(token).find()) tokens.add(token);
        }
        tokens.sort(Comparator.comparingInt(SearchQuery::lettersAndDigits).reversed());
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (m.group().length() >= 2) words.add(m.group());
        }
        return new SearchQuery(text, List.copyOf(tokens.subList(0, Math.min(tokens.size(), MAX_PARTS))),
                List.copyOf(words.subList(0, Math.min(words.size(), MAX_PARTS))));
    }

    /** Whether there is enough to search for: a part with at least {@value #MINIMUM} letters or digits. */
    public boolean searchable() {
        return !tokens.isEmpty() && lettersAndDigits(tokens.getFirst()) >= MINIMUM;
    }

    private static int lettersAndDigits(String token) {
        return (int) token.codePoints().filter(Character::isLetterOrDigit).count();
    }

    public boolean blank() {
        return text.isEmpty();
    }
}
