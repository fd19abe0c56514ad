package com.jeweltrak.contacts.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers on a card line and the label printed beside each (M / Mobile / Cell, T / Tel / Office /
 * Phone / O, F / Fax). OCR often reads 0 as O and 1 as l or I inside numbers, so those count as digits
 * when the run holds at least seven real ones.
 */
final class CardPhones {

    enum Kind { MOBILE, WORK, FAX, UNLABELLED }

    record Phone(Kind kind, String number) {
    }

    /** The phones found and what is left of the line once they and their labels are taken out. */
    record Found(List<Phone> phones, String rest) {
    }

    private static final String D = "[0-9OoIl]";
    private static final Pattern NANP = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:\\+\\s?1[\\s.\\-]*|1[\\s.\\-]+)?(?:\\(\\s*" + D + "{3}\\s*\\)|" + D + "{3})[\\s.\\-]*"
                    + D + "{3}[\\s.\\-]*" + D + "{4}(?:\\s*(?:x|ext\\.?|extension)\\s*(\\d{1,5}))?(?![\\p{L}\\p{N}])");
    private static final Pattern INTERNATIONAL = Pattern.compile(
            "(?<![\\p{L}\\p{N}])\\+\\s?[2-9]\\d{0,2}(?:[\\s.\\-]?\\(?\\d{1,5}\\)?){2,5}(?![\\p{L}\\p{N}])");
    private static final Pattern LABEL_BEFORE = Pattern.compile(
            "(?i)(?:^|\\s)(m|mob|mobile|cell|cel|c|cellular|t|tel|tele|telephone|phone|ph|p|o|off|office|w|work|main|"
                    + "direct|dir|d|b|bus|business|toll[ -]?free|tf|store|f|fax|fx)\\s*[.:#]?\\s*$");
    private static final Pattern LABEL_AFTER = Pattern.compile(
            "(?i)^\\s*\\(?(mobile|cell|office|work|direct|main|fax|tel|phone)\\)?(?=\\W|$)");

    private CardPhones() {
    }

    static Found in(String segment) {
        List<Phone> phones = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        int from = 0;
        Matcher nanp = NANP.matcher(segment);
        Matcher intl = INTERNATIONAL.matcher(segment);
        while (true) {
            Matcher m = nextOf(nanp, intl, from);
            if (m == null) {
                break;
            }
            String number = m == nanp ? usNumber(m.group(), m.group(1)) : international(m.group());
            String before = segment.substring(from, m.start());
            if (number == null) {
                rest.append(before).append(m.group()).append(' ');
                from = m.end();
                continue;
            }
            Kind kind = Kind.UNLABELLED;
            Matcher label = LABEL_BEFORE.matcher(before);
            if (label.find()) {
                kind = kindOf(label.group(1));
                before = before.substring(0, label.start());
            }
            int end = m.end();
            Matcher after = LABEL_AFTER.matcher(segment.substring(end));
            if (after.find()) {
                if (kind == Kind.UNLABELLED) {
                    kind = kindOf(after.group(1));
                }
                end += after.end();
            }
            rest.append(before).append(' ');
            phones.add(new Phone(kind, number));
            from = end;
        }
        rest.append(segment.substring(from));
        return new Found(phones, rest.toString().replaceAll("\\s+", " ").trim());
    }

    private static Matcher nextOf(Matcher nanp, Matcher intl, int from) {
        boolean a = nanp.find(from);
        boolean b = intl.find(from);
        if (a && b) {
            return nanp.start() <= intl.start() ? nanp : intl;
        }
        return a ? nanp : b ? intl : null;
    }

    /** "(2O2) 555-Ol34" → "(202) 555-0134"; null when it is not ten digits after an optional 1. */
    private static String usNumber(String printed, String extension) {
        String main = printed.replaceFirst("(?i)\\s*(?:x|ext\\.?|extension)\\s*\\d{1,5}$", "");
        long realDigits = main.chars().filter(Character::isDigit).count();
        String digits = main.replaceAll("[Oo]", "0").replaceAll("[Il]", "1").replaceAll("\\D", "");
        if (digits.length() == 11 && digits.startsWith("1")) {
            digits = digits.substring(1);
        }
        if (digits.length() != 10 || realDigits < 7 || digits.charAt(0) < '2') {
            return null;
        }
        String number = "(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6);
        return extension == null ? number : number + " x" + extension;
    }

    private static String international(String printed) {
        long digits = printed.chars().filter(Character::isDigit).count();
        return digits >= 8 && digits <= 15 ? printed.replaceAll("\\s+", " ").trim() : null;
    }

    private static Kind kindOf(String label) {
        return switch (label.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "")) {
            case "m", "mob", "mobile", "cell", "cel", "c", "cellular" -> Kind.MOBILE;
            case "f", "fax", "fx" -> Kind.FAX;
            default -> Kind.WORK;
        };
    }
}
