package com.jeweltrak.inventory.descriptions;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.platform.BusinessRuleViolated;

/**
 * A family's description template (04-inventory §Generating Descriptions R6, R7): text with {tokens} over the
 * item's facts. A token the family does not have is refused on save, naming it; a token with no value on the
 * item disappears with the separator it leaves behind, so "{metal} {karat} ring, {weight}" reads cleanly as
 * "14K ring" when only the karat is known; words in square brackets go with their token ("[size {ringSize}]").
 */
public record DescriptionTemplate(Family family, String text) {

    private static final Pattern TOKEN = Pattern.compile("\\{([^{}]*)}");
    /** [, {luster} luster]: words that belong to a token go with it when it has no value. */
    private static final Pattern GROUP = Pattern.compile("\\[([^\\[\\]]*\\{[^\\[\\]]*)]");

    public DescriptionTemplate {
        text = text == null ? null : text.strip();
        if (text == null || text.isEmpty()) throw new BusinessRuleViolated(field(family), "Enter the template's text.");
        if (text.length() > 2000) throw new BusinessRuleViolated(field(family), "Keep a template to 2,000 characters.");
        List<String> known = ItemFacts.tokenNames(family);
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (!known.contains(m.group(1))) {
                throw new BusinessRuleViolated(field(family), "{" + m.group(1) + "} is not a " + family.label().toLowerCase()
                        + " token; use " + String.join(", ", known.stream().map(k -> "{" + k + "}").toList()) + ".");
            }
        }
        if (TOKEN.matcher(text).replaceAll("").matches("(?s).*[{}].*")) {
            throw new BusinessRuleViolated(field(family), "A { has no matching } (or the other way round).");
        }
    }

    /** The template over the item's facts (token → value); absent values collapse with their separators. */
    public String render(Map<String, String> facts) {
        String grouped = GROUP.matcher(text).replaceAll(g -> {
            Matcher inside = TOKEN.matcher(g.group(1));
            boolean complete = true;
            while (inside.find()) complete &= facts.containsKey(inside.group(1));
            return Matcher.quoteReplacement(complete ? g.group(1) : "");
        });
        String filled = TOKEN.matcher(grouped).replaceAll(m -> Matcher.quoteReplacement(facts.getOrDefault(m.group(1), "")));
        return tidy(filled);
    }

    static String tidy(String text) {
        String s = text;
        String before;
        do {
            before = s;
            s = s.replaceAll("[ \\t]+", " ")
                    .replaceAll("\\(\\s*\\)|\\[\\s*]", "")
                    .replaceAll(" +([,;.:)])", "$1")
                    .replaceAll("([,;:])\\s*(?=[,;.:])", "")
                    .replaceAll("\\( +", "(")
                    .replaceAll("(?m)^[ ,;:\\-–·|/]+", "")
                    .replaceAll("(?m)[ ,;:\\-–·|/]+$", "")
                    .replaceAll(" [\\-–·|/](?= [\\-–·|/] )", "")
                    .replaceAll(" ([\\-–·|/]) (?=[,.;])", "");
        } while (!s.equals(before));
        return s.strip();
    }

    /** The settings form's field of a family's template. */
    public static String field(Family family) {
        return switch (family) {
            case JEWELRY -> "jewelry";
            case WATCH -> "watch";
            case DIAMOND -> "diamond";
            case COLORED_STONE -> "coloredStone";
            case PEARL -> "pearl";
        };
    }
}
