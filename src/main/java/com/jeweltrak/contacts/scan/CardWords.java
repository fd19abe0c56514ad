package com.jeweltrak.contacts.scan;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The vocabulary the card parser recognises lines by: job titles, business names, name particles. */
final class CardWords {

    private CardWords() {
    }

    static final Set<String> TITLE = words("""
            owner co-owner coowner proprietor president vp vice ceo cfo coo cto founder cofounder co-founder partner
            principal director manager mgr goldsmith silversmith jeweler jeweller designer buyer sales salesperson
            associate representative rep consultant gemologist appraiser watchmaker horologist engraver setter
            executive officer assistant specialist coordinator agent broker dealer lapidary artisan administrator
            controller accountant bookkeeper marketing operations supervisor chairman chairwoman treasurer secretary
            account bench master graduate certified senior head chief lead customer service advisor craftsman
            polisher caster model-maker modeler cad curator""");

    /** Words that make a title only together with a stronger one ("Senior", "Bench", "Account"). */
    static final Set<String> WEAK_TITLE = words("""
            vice account bench master graduate certified senior head chief lead customer service sales marketing
            operations""");

    static final Set<String> LEGAL_SUFFIX = words("""
            inc inc. incorporated llc l.l.c. llp ltd ltd. limited co co. corp corp. corporation company pllc plc gmbh""");

    static final Set<String> BUSINESS = words("""
            jewelers jewellers jewelry jewellery diamonds gems gemstones goldsmiths watches pearls designs studio
            studios boutique gallery atelier trading imports importers wholesale wholesalers mfg manufacturing
            manufacturers refining refiners supply supplies findings castings collection collections exchange group
            sons bros brothers enterprises international associates partners creations jewels bridal""");

    static final Set<String> NAME_PARTICLE = words("de da di del della der den la le van von st. st bin al");

    static final Set<String> NAME_SUFFIX = words("jr jr. sr sr. ii iii iv");

    /** Personal mailbox providers: their domain says nothing about the company. */
    static final Set<String> FREE_MAIL = words("""
            gmail googlemail yahoo ymail hotmail outlook live msn aol icloud me mac comcast verizon att sbcglobal
            bellsouth cox charter earthlink protonmail proton gmx mail zoho""");

    /** Mailbox names that are not a person ("info@", "sales@"). */
    static final Set<String> GENERIC_MAILBOX = words("""
            info sales office contact hello admin orders order service support team mail enquiries inquiries
            store shop studio accounts billing jobs help""");

    /** Upper-case tokens kept upper-case when an all-caps line is put in title case. */
    static final Set<String> ACRONYM = words("llc llp pllc plc ceo cfo coo cto vp gia gg ajp aje usa us nyc ii iii iv cad");

    static String key(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}\\p{N}&]+|[^\\p{L}\\p{N}.]+$", "");
    }

    static boolean in(Set<String> set, String word) {
        String k = key(word);
        return set.contains(k) || set.contains(k.replaceAll("\\.$", ""));
    }

    private static Set<String> words(String list) {
        return Arrays.stream(list.trim().split("\\s+")).collect(Collectors.toUnmodifiableSet());
    }
}
