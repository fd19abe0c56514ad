package com.jeweltrak.contacts.scan;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.jeweltrak.contacts.scan.CardWords.in;

/**
 * Turns the text read off a business card into contact fields (07-contacts §Scan a business card R2, R3).
 * Pure and deterministic: e-mails, websites and phones are taken out of every line by pattern first; the
 * address by its "City, ST 12345" line and the street above it; what is left is told apart by words
 * (legal and jewelry-trade suffixes make the company, a title vocabulary the job title) and the person's
 * name is the remaining line of two to four capitalised words, or the e-mail's "jane.doe@" as a last
 * resort. What cannot be placed stays blank rather than guessed into the wrong field.
 */
final class BusinessCardParser {

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern EMAIL_LABEL = Pattern.compile("(?i)(?:^|\\s)(?:e|e-mail|email|mail)\\s*[.:]?\\s*$");
    private static final Pattern WEBSITE = Pattern.compile("(?i)(?<![\\w@.])((?:https?://)?(?:www\\.[a-z0-9\\-]+(?:\\.[a-z0-9\\-]+)*"
            + "\\.[a-z]{2,}|[a-z0-9][a-z0-9\\-]*(?:\\.[a-z0-9\\-]+)*\\.(?:com|net|org|biz|info|us|co|jewelry|jewelers|"
            + "shop|store|io|ca|design|gold|diamonds|watch|watches|art|gallery|nyc))(?:/[^\\s]*)?)(?![\\w])");
    private static final Pattern WEBSITE_LABEL = Pattern.compile("(?i)(?:^|\\s)(?:w|web|website|url)\\s*[.:]?\\s*$");
    private static final Pattern CREDENTIAL = Pattern.compile("(?:[A-Z]\\.?){2,5}(?:\\s+(?:[A-Z]\\.?){2,5})?");
    /** Bars and bullets between fields, also as OCR misreads them ("+", "«*", "»") when spaced on both sides. */
    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s*[|\u2022\u00b7\u25aa\u25cf]\\s*|\\s{3,}|\\s+[^\\p{L}\\p{N}\\s&\\-/()'.,@#$%]{1,3}\\s+");
    private static final Pattern UNIT_AT_END = Pattern.compile(
            "(?i)^(.*?\\p{L}.*?)[,\\s]+((?:suite|ste\\.?|unit|#)\\s*[\\w-]+)$");

    private BusinessCardParser() {
    }

    static ScannedCard parse(String rawText) {
        if (rawText == null || rawText.isBlank()) {
            return ScannedCard.nothingRead(rawText);
        }
        Set<String> emails = new LinkedHashSet<>();
        List<String> websites = new ArrayList<>();
        List<CardPhones.Phone> phones = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (String segment : segments(rawText)) {
            String rest = takeEmails(segment, emails);
            rest = takeWebsites(rest, websites);
            CardPhones.Found found = CardPhones.in(rest);
            phones.addAll(found.phones());
            rest = clean(found.rest());
            if (meaningful(rest)) {
                texts.add(rest);
            }
        }
        emails = matchedToWebsite(emails, websites);
        Address address = address(texts);
        List<String> lines = splitTitles(texts, address.lines);
        boolean[] used = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            used[i] = address.lines.contains(lines.get(i));
        }

        String domain = companyDomain(emails, websites);
        int company = take(used, best(lines, used, s -> companyScore(s, domain)));
        int title = take(used, first(lines, used, BusinessCardParser::titleLine));
        // a second title line right below the first ("Owner" / "GIA Graduate Gemologist") belongs to it
        boolean moreTitle = title >= 0 && title + 1 < lines.size() && !used[title + 1] && titleLine(lines.get(title + 1));
        String jobTitle = title < 0 ? null
                : moreTitle ? lines.get(title) + ", " + lines.get(take(used, title + 1)) : lines.get(title);
        // the name is usually printed just above the title
        int name = title > 0 && !used[title - 1] && nameLike(lines.get(title - 1)) ? title - 1
                : first(lines, used, BusinessCardParser::nameLike);
        String[] person = name >= 0 ? splitName(tidy(lines.get(name))) : nameFromEmail(emails);
        String companyName = company >= 0 ? tidy(lines.get(company)) : companyFromDomain(domain, person);

        List<String> emailList = new ArrayList<>(emails);
        return new ScannedCard(person[0], person[1], companyName, jobTitle == null ? null : tidy(jobTitle),
                emailList.isEmpty() ? null : emailList.get(0), emailList.size() > 1 ? emailList.get(1) : null,
                phone(phones, CardPhones.Kind.MOBILE), phone(phones, CardPhones.Kind.WORK),
                websites.isEmpty() ? null : websites.getFirst(),
                address.line1 == null ? null : tidy(address.line1), address.line2 == null ? null : tidy(address.line2),
                address.city == null ? null : tidy(address.city), address.region, address.postalCode, address.country,
                rawText);
    }

    // ---- lines ----

    private static List<String> segments(String rawText) {
        String text = Normalizer.normalize(rawText, Normalizer.Form.NFKC)
                .replaceAll("[\u2012-\u2015\u2212]", "-").replaceAll("[\u2018\u2019`\u00b4]", "'")
                .replaceAll("(?<=\\w)\\s*[@\u00a9]\\s*(?=[A-Za-z0-9-]+\\.[A-Za-z])", "@")
                .replaceAll("(?i)\\bwww\\s*[.,]\\s*", "www.");
        List<String> segments = new ArrayList<>();
        for (String line : text.split("\\R")) {
            for (String part : SEPARATOR.split(line)) {
                String cleaned = clean(part);
                if (!cleaned.isEmpty()) {
                    segments.add(cleaned);
                }
            }
        }
        return segments;
    }

    /** Drops stray symbols OCR leaves around a line ("» Jane Doe ~", "— Owner —"). */
    private static String clean(String s) {
        return s.replaceAll("^[^\\p{L}\\p{N}(+#]+|[^\\p{L}\\p{N}).]+$", "").replaceAll("\\s+", " ").trim();
    }

    private static boolean meaningful(String s) {
        long letters = s.chars().filter(Character::isLetter).count();
        long visible = s.chars().filter(c -> !Character.isWhitespace(c)).count();
        return letters >= 2 && letters * 3 >= visible
                && !s.matches("(?i)(?:e-?mail|email|web|website|tel|phone|fax|mobile|cell|office)[.:]?");
    }

    private static String takeEmails(String segment, Set<String> emails) {
        Matcher m = EMAIL.matcher(segment);
        StringBuilder rest = new StringBuilder();
        int from = 0;
        while (m.find()) {
            String before = segment.substring(from, m.start());
            Matcher label = EMAIL_LABEL.matcher(before);
            rest.append(label.find() ? before.substring(0, label.start()) : before).append(' ');
            emails.add(m.group().toLowerCase(Locale.ROOT).replaceAll("\\.+$", ""));
            from = m.end();
        }
        return rest.append(segment.substring(from)).toString().trim();
    }

    private static String takeWebsites(String segment, List<String> websites) {
        Matcher m = WEBSITE.matcher(segment);
        StringBuilder rest = new StringBuilder();
        int from = 0;
        while (m.find()) {
            String before = segment.substring(from, m.start());
            Matcher label = WEBSITE_LABEL.matcher(before);
            rest.append(label.find() ? before.substring(0, label.start()) : before).append(' ');
            String site = m.group(1).toLowerCase(Locale.ROOT).replaceAll("[/.]+$", "");
            if (!websites.contains(site)) {
                websites.add(site);
            }
            from = m.end();
        }
        return rest.append(segment.substring(from)).toString().trim();
    }

    /**
     * OCR reads the same domain twice on a card and may slip a letter in one of them: an e-mail domain one or
     * two letters off the website's ("brilliantygems.com" beside "www.brilliantgems.com") is the website's.
     */
    private static Set<String> matchedToWebsite(Set<String> emails, List<String> websites) {
        if (websites.isEmpty()) {
            return emails;
        }
        String site = websites.getFirst().replaceFirst("^https?://", "").replaceFirst("^www\\.", "")
                .replaceFirst("/.*", "");
        Set<String> matched = new LinkedHashSet<>();
        for (String email : emails) {
            String domain = email.substring(email.indexOf('@') + 1);
            int distance = distance(domain, site);
            matched.add(distance > 0 && distance <= 2 && site.length() >= 8
                    ? email.substring(0, email.indexOf('@') + 1) + site : email);
        }
        return matched;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** "Jane Doe, Owner" → two lines; "Jane Doe, GG" → the name without the credential. */
    private static List<String> splitTitles(List<String> texts, Set<String> addressLines) {
        List<String> lines = new ArrayList<>();
        for (String text : texts) {
            if (addressLines.contains(text)) {
                lines.add(text);
                continue;
            }
            List<String> parts = new ArrayList<>(List.of(text.split("\\s*,\\s*")));
            while (parts.size() > 1 && CREDENTIAL.matcher(parts.getLast()).matches()
                    && !in(CardWords.LEGAL_SUFFIX, parts.getLast())) {
                parts.removeLast();
            }
            String last = parts.getLast();
            String head = String.join(", ", parts.subList(0, parts.size() - 1));
            if (parts.size() > 1 && titleScore(last) > 0 && titleScore(head) == 0 && companyScore(head, null) == 0) {
                lines.add(plainName(head));
                lines.add(last);
            } else {
                lines.add(plainName(String.join(", ", parts)));
            }
        }
        return lines;
    }

    /** "Dr. Alan Grant" → "Alan Grant"; "Jane Doe GG" → "Jane Doe" (a credential after a mixed-case name). */
    private static String plainName(String line) {
        String name = line.replaceFirst("^(?:Mr|Mrs|Ms|Miss|Dr|MR|MRS|MS|DR)\\.?\\s+(?=\\p{Lu})", "");
        String withoutCredential = name.replaceFirst("\\s+(?:\\p{Lu}\\.?){2,4}$", "");
        if (!withoutCredential.equals(name) && withoutCredential.chars().anyMatch(Character::isLowerCase)
                && nameLike(withoutCredential)) {
            name = withoutCredential;
        }
        return nameLike(name) ? name : line;
    }

    // ---- address ----

    private static final class Address {
        String line1;
        String line2;
        String city;
        String region;
        String postalCode;
        String country;
        final Set<String> lines = new LinkedHashSet<>();
    }

    private static Address address(List<String> texts) {
        Address a = new Address();
        for (int i = 0; i < texts.size() && a.city == null; i++) {
            CardAddress.CityLine city = CardAddress.cityLine(texts.get(i));
            if (city == null) {
                continue;
            }
            a.city = city.city();
            a.region = city.region();
            a.postalCode = city.postalCode();
            a.country = city.country();
            a.lines.add(texts.get(i));
            if (city.street() != null) {
                street(a, city.street());
            }
            for (int j = i - 1; j >= Math.max(0, i - 2) && a.line1 == null; j--) {
                String above = texts.get(j);
                if (CardAddress.isUnit(above) && a.line2 == null) {
                    a.line2 = above;
                    a.lines.add(above);
                } else if (CardAddress.isStreet(above, true)) {
                    street(a, above);
                    a.lines.add(above);
                } else {
                    break;
                }
            }
        }
        for (String text : texts) {
            if (a.line1 == null && CardAddress.isStreet(text, false)) {
                street(a, text);
                a.lines.add(text);
            } else if (a.country == null && CardAddress.country(text) != null) {
                a.country = CardAddress.country(text);
                a.lines.add(text);
            }
        }
        return a;
    }

    private static void street(Address a, String printed) {
        String street = printed.replaceFirst("(?i)^p[.,]?\\s?o[.,]?\\s*box\\b", "P.O. Box");
        Matcher unit = UNIT_AT_END.matcher(street);
        if (unit.matches() && a.line2 == null) {
            a.line1 = unit.group(1).replaceAll("[\\s,]+$", "");
            a.line2 = unit.group(2);
        } else {
            a.line1 = street;
        }
    }

    // ---- company, title, name ----

    private static int titleScore(String s) {
        if (s.matches(".*\\d.*")) {
            return 0;
        }
        String[] words = s.split("[\\s/,&]+");
        if (words.length > 6) {
            return 0;
        }
        int strong = 0;
        int weak = 0;
        for (String w : words) {
            if (in(CardWords.WEAK_TITLE, w)) {
                weak++;
            } else if (in(CardWords.TITLE, w)) {
                strong++;
            }
        }
        return strong > 0 ? 2 * strong + weak : weak == words.length ? 1 : 0;
    }

    private static int companyScore(String s, String domain) {
        int score = 0;
        for (String w : s.split("[\\s,]+")) {
            if (in(CardWords.LEGAL_SUFFIX, w)) {
                score += 3;
            } else if (in(CardWords.BUSINESS, w)) {
                score += 2;
            } else if (w.equals("&") || w.equalsIgnoreCase("and")) {
                score += 1;
            }
        }
        String compact = s.toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("[^a-z0-9]", "");
        if (domain != null && compact.length() >= 4 && !nameLike(s)
                && (domain.contains(compact) || compact.contains(domain)
                || domain.contains(compact.replace("and", "")))) {
            score += 3; // the line is the company's own domain name: stronger than a trade word in a tagline
        }
        return score >= 2 && score > titleScore(s) ? score : 0;  // "&" alone marks a tagline as often as a firm
    }

    private static boolean titleLine(String s) {
        return titleScore(s) > 0 && !nameLike(s);
    }

    private static int take(boolean[] used, int line) {
        if (line >= 0) {
            used[line] = true;
        }
        return line;
    }

    private static int first(List<String> lines, boolean[] used, Predicate<String> test) {
        for (int i = 0; i < lines.size(); i++) {
            if (!used[i] && test.test(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int best(List<String> lines, boolean[] used, ToIntFunction<String> score) {
        int best = -1;
        int bestScore = 0;
        for (int i = 0; i < lines.size(); i++) {
            int sc = used[i] ? 0 : score.applyAsInt(lines.get(i));
            if (sc > bestScore) {
                best = i;
                bestScore = sc;
            }
        }
        return best;
    }

    private static boolean nameLike(String s) {
        String[] words = s.split("\\s+");
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        int core = 0;
        for (String w : words) {
            if (in(CardWords.NAME_PARTICLE, w) && !Character.isUpperCase(w.charAt(0))
                    || in(CardWords.NAME_SUFFIX, w)) {
                continue;
            }
            if (!w.matches("\\p{Lu}(?:[\\p{L}'\\-]*\\p{L})?\\.?") || in(CardWords.TITLE, w)
                    || in(CardWords.BUSINESS, w) || in(CardWords.LEGAL_SUFFIX, w)) {
                return false;
            }
            core++;
        }
        return core >= 2;
    }

    /** "Maria de la Cruz" → Maria / de la Cruz; "Mary Ann Smith" → Mary Ann / Smith; "Jane Q. Public" → Jane / Public. */
    private static String[] splitName(String name) {
        List<String> words = new ArrayList<>(List.of(name.split("\\s+")));
        words.removeIf(w -> w.matches("\\p{Lu}\\.?") && words.size() > 2);
        int last = words.size() - 1;
        while (last > 0 && in(CardWords.NAME_SUFFIX, words.get(last))) {
            last--;
        }
        for (int i = 1; i < last; i++) {
            if (in(CardWords.NAME_PARTICLE, words.get(i))) {
                last = i;
                break;
            }
        }
        return new String[] {String.join(" ", words.subList(0, last)), String.join(" ", words.subList(last, words.size()))};
    }

    private static String[] nameFromEmail(Set<String> emails) {
        for (String email : emails) {
            String[] parts = email.substring(0, email.indexOf('@')).split("[._\\-]");
            if (parts.length == 2 && parts[0].matches("[a-z]{2,}") && parts[1].matches("[a-z]{2,}")
                    && !CardWords.GENERIC_MAILBOX.contains(parts[0])) {
                return new String[] {capitalise(parts[0]), capitalise(parts[1])};
            }
        }
        return new String[] {null, null};
    }

    /** The company's own domain name ("smithjewelers"), from the first e-mail not at a free mailbox, or the website. */
    private static String companyDomain(Set<String> emails, List<String> websites) {
        List<String> hosts = new ArrayList<>();
        emails.forEach(e -> hosts.add(e.substring(e.indexOf('@') + 1)));
        websites.forEach(w -> hosts.add(w.replaceFirst("^https?://", "").replaceFirst("/.*", "")));
        for (String host : hosts) {
            String[] labels = host.replaceFirst("^www\\.", "").split("\\.");
            if (labels.length >= 2 && !CardWords.FREE_MAIL.contains(labels[labels.length - 2])) {
                return labels[labels.length - 2];
            }
        }
        return null;
    }

    /** Last resort when no line names the company: "smithjewelers" → "Smith Jewelers", unless it is the person's name. */
    private static String companyFromDomain(String domain, String[] person) {
        if (domain == null || domain.length() < 3) {
            return null;
        }
        String personCompact = (String.valueOf(person[0]) + person[1]).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (domain.replaceAll("[^a-z]", "").equals(personCompact)) {
            return null;
        }
        for (String word : CardWords.BUSINESS) {
            if (domain.endsWith(word) && domain.length() > word.length() + 1) {
                return capitalise(domain.substring(0, domain.length() - word.length())) + " " + capitalise(word);
            }
        }
        return capitalise(domain);
    }

    private static String phone(List<CardPhones.Phone> phones, CardPhones.Kind kind) {
        List<String> labelled = phones.stream().filter(p -> p.kind() == kind).map(CardPhones.Phone::number).toList();
        if (!labelled.isEmpty()) {
            return labelled.getFirst();
        }
        // unlabelled numbers fill the work phone first (a card's main number), then the mobile
        List<String> unlabelled = phones.stream().filter(p -> p.kind() == CardPhones.Kind.UNLABELLED)
                .map(CardPhones.Phone::number).toList();
        boolean workLabelled = phones.stream().anyMatch(p -> p.kind() == CardPhones.Kind.WORK);
        int index = kind == CardPhones.Kind.WORK ? 0 : workLabelled ? 0 : 1;
        return unlabelled.size() > index ? unlabelled.get(index) : null;
    }

    /** An all-capitals line in title case ("SMITH & SONS JEWELERS" → "Smith & Sons Jewelers"); others as printed. */
    static String tidy(String s) {
        if (s.chars().anyMatch(Character::isLowerCase) || s.chars().filter(Character::isLetter).count() < 2) {
            return s;
        }
        String[] words = s.split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (in(CardWords.ACRONYM, w)) {
                continue;
            }
            words[i] = i > 0 && w.matches("(?i)and|of|the|de|la|van|von|da|di|del") ? w.toLowerCase(Locale.ROOT)
                    : capitalise(w.toLowerCase(Locale.ROOT));
        }
        return String.join(" ", words);
    }

    /** "o'brien-smith" → "O'Brien-Smith". */
    private static String capitalise(String w) {
        StringBuilder sb = new StringBuilder(w.length());
        boolean start = true;
        for (char c : w.toCharArray()) {
            sb.append(start ? Character.toUpperCase(c) : c);
            start = c == '\'' || c == '-';
        }
        return sb.toString();
    }
}
