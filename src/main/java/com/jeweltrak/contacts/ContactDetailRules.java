package com.jeweltrak.contacts;

import java.util.regex.Pattern;

import com.jeweltrak.platform.BusinessRuleViolated;

/**
 * What an e-mail address and a phone number must look like to be kept. Strict enough to catch a typo at
 * the counter, loose enough for international numbers and extensions.
 */
final class ContactDetailRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    /** Digits with the usual separators, an optional leading +, an optional extension. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().\\-/]+((x|ext\\.?)\\s*[0-9]{1,6})?",
            Pattern.CASE_INSENSITIVE);

    private ContactDetailRules() {
    }

    static String email(String field, String value) {
        String email = Contact.trimmed(value);
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            throw new BusinessRuleViolated(field, "Enter a valid e-mail address, like ana@example.com.");
        }
        return email;
    }

    static String phone(String field, String value) {
        String phone = Contact.trimmed(value);
        if (phone == null) return null;
        String main = phone.toLowerCase().split("x|ext")[0];
        long digits = main.chars().filter(Character::isDigit).count();
        if (!PHONE.matcher(phone).matches() || digits < 7 || digits > 15) {
            throw new BusinessRuleViolated(field, "Enter a phone number of 7 to 15 digits, like (555) 123-4567.");
        }
        return phone;
    }

    /** Only the digits of a phone number: what duplicates are compared on. */
    static String digits(String phone) {
        return phone == null ? "" : phone.replaceAll("[^0-9]", "");
    }
}
