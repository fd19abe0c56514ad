package com.jeweltrak.contacts.scan;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The address lines of a card: "123 Main St" / "Suite 4" / "Springfield, IL 62701" (US and Canada). */
final class CardAddress {

    /** A "City, ST 12345" line; {@code street} when the card prints the whole address on one line. */
    record CityLine(String street, String city, String region, String postalCode, String country) {
    }

    private static final Set<String> US = Set.of(("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD "
            + "MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR VI GU")
            .split(" "));
    private static final Set<String> CANADA = Set.of("AB BC MB NB NL NS NT NU ON PE QC SK YT".split(" "));
    private static final Map<String, String> STATE_NAMES = new HashMap<>();

    static {
        String names = "Alabama:AL,Alaska:AK,Arizona:AZ,Arkansas:AR,California:CA,Colorado:CO,Connecticut:CT,"
                + "Delaware:DE,District of Columbia:DC,Florida:FL,Georgia:GA,Hawaii:HI,Idaho:ID,Illinois:IL,"
                + "Indiana:IN,Iowa:IA,Kansas:KS,Kentucky:KY,Louisiana:LA,Maine:ME,Maryland:MD,Massachusetts:MA,"
                + "Michigan:MI,Minnesota:MN,Mississippi:MS,Missouri:MO,Montana:MT,Nebraska:NE,Nevada:NV,"
                + "New Hampshire:NH,New Jersey:NJ,New Mexico:NM,New York:NY,North Carolina:NC,North Dakota:ND,"
                + "Ohio:OH,Oklahoma:OK,Oregon:OR,Pennsylvania:PA,Rhode Island:RI,South Carolina:SC,"
                + "South Dakota:SD,Tennessee:TN,Texas:TX,Utah:UT,Vermont:VT,Virginia:VA,Washington:WA,"
                + "West Virginia:WV,Wisconsin:WI,Wyoming:WY,Ontario:ON,Quebec:QC,British Columbia:BC,Alberta:AB";
        for (String pair : names.split(",")) {
            String[] p = pair.split(":");
            STATE_NAMES.put(p[0].toLowerCase(Locale.ROOT), p[1]);
        }
    }

    private static final Pattern POSTAL_AT_END = Pattern.compile(
            "^(?<head>.*?\\p{L}.*?)[\\s,]+(?<zip>[0-9Oo]{5}(?:\\s?-\\s?[0-9Oo]{4})?|[A-Za-z]\\d[A-Za-z]\\s?\\d[A-Za-z]\\d)"
                    + "(?:[\\s,]+(?<country>[\\p{L} .]+))?$");
    private static final Pattern STREET_SUFFIX = Pattern.compile("(?i)\\b(st|street|ave|avenue|blvd|boulevard|rd|road|"
            + "dr|drive|ln|lane|way|ct|court|pl|place|pkwy|parkway|hwy|highway|plaza|square|sq|circle|cir|"
            + "broadway|terrace|ter|trail|trl|row|alley|center|centre|mall|pike|turnpike)\\b\\.?");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,6}[A-Za-z]?(?:-\\d{1,4})?\\s+\\p{L}.*");
    private static final Pattern PO_BOX = Pattern.compile("(?i)^(?:p[.,]?\\s?o[.,]?\\s*)?box\\s+\\d+.*");
    private static final Pattern UNIT = Pattern.compile(
            "(?i)^(?:suite|ste\\.?|unit|floor|fl\\.?|room|rm\\.?|#)\\s*[\\w-]+$|^\\d+(?:st|nd|rd|th)\\s+floor$");

    private CardAddress() {
    }

    static CityLine cityLine(String segment) {
        Matcher m = POSTAL_AT_END.matcher(segment.trim());
        if (!m.matches()) {
            return null;
        }
        String country = m.group("country") == null ? null : country(m.group("country"));
        if (m.group("country") != null && country == null) {
            return null;
        }
        String zip = m.group("zip").toUpperCase(Locale.ROOT).replace('O', '0').replaceAll("\\s", "");
        boolean canadian = Character.isLetter(zip.charAt(0));
        if (canadian) {
            zip = zip.substring(0, 3) + " " + zip.substring(3);
        }
        String head = m.group("head").replaceAll("[\\s,]+$", "");
        String region = null;
        String rest = null;
        int lastSpace = Math.max(head.lastIndexOf(' '), head.lastIndexOf(','));
        String lastToken = head.substring(lastSpace + 1).replace(".", "").toUpperCase(Locale.ROOT);
        if (lastSpace > 0 && (canadian ? CANADA : US).contains(lastToken)) {
            region = lastToken;
            rest = head.substring(0, lastSpace);
        } else {
            for (var state : STATE_NAMES.entrySet()) {
                String lower = head.toLowerCase(Locale.ROOT);
                if (lower.endsWith(" " + state.getKey()) || lower.endsWith("," + state.getKey())) {
                    region = state.getValue();
                    rest = head.substring(0, head.length() - state.getKey().length());
                }
            }
        }
        if (region == null) {
            return null;
        }
        rest = rest.replaceAll("[\\s,]+$", "").trim();
        String street = null;
        int comma = rest.lastIndexOf(',');
        if (comma > 0) {
            street = rest.substring(0, comma).trim();
            rest = rest.substring(comma + 1).trim();
        }
        if (!rest.matches("\\p{L}[\\p{L} .'\\-]*")) {
            return null;
        }
        return new CityLine(street, rest, region, zip, country);
    }

    static boolean isStreet(String segment, boolean nextToCityLine) {
        String s = segment.trim();
        if (PO_BOX.matcher(s).matches()) {
            return true;
        }
        return NUMBERED.matcher(s).matches() && (nextToCityLine || STREET_SUFFIX.matcher(s).find());
    }

    static boolean isUnit(String segment) {
        return UNIT.matcher(segment.trim()).matches();
    }

    /** "USA", "U.S.A.", "United States", "Canada" → "US" / "CA"; null for anything else. */
    static String country(String printed) {
        String k = printed.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").replaceAll("\\s+", " ").trim();
        return switch (k) {
            case "usa", "us", "united states", "united states of america" -> "US";
            case "canada" -> "CA";
            default -> null;
        };
    }
}
