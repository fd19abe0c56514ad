package com.jeweltrak.contacts;

import java.util.regex.Pattern;

import com.jeweltrak.platform.BusinessRuleViolated;

/**
 * What an e-mail address and a phone number must look like to be kept. Strict enough to catch a typo at
 * the counter, loose enough for international numbers and extensions.
 */
public final class ContactDetailRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    /** Digits with the usual separators, an optional leading +, an optional extension. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().\\-/]+((x|ext\\.?)\\s*[0-9]{1,6})?",
            Pattern.CASE_INSENSITIVE);

    private ContactDetailRules() {
    }

    public static final String BAD_EMAIL = "Enter a valid e-mail address, like ana@example.com.";
    public static final String BAD_PHONE = "Enter a phone number of 7 to 15 digits, like (555) 123-4567.";

    public static boolean isEmail(String value) {
        String email = Contact.trimmed(value);
        return email == null || email.length() <= 254 && EMAIL.matcher(email).matches();
    }

    public static boolean isPhone(String value) {
        String phone = Contact.trimmed(value);
        if (phone == null) return true;
        String main = phone.toLowerCase().split("x|ext")[0];
        long digits = main.chars().filter(Character::isDigit).count();
        return PHONE.matcher(phone).matches() && digits >= 7 && digits <= 15;
    }

    static String email(String field, String value) {
        if (!isEmail(value)) throw new BusinessRuleViolated(field, BAD_EMAIL);
        return Contact.trimmed(value);
    }

    static String phone(String field, String value) {
        if (!isPhone(value)) throw new BusinessRuleViolated(field, BAD_PHONE);
        return Contact.trimmed(value);
    }

    /** Only the digits of a phone number: what duplicates are compared on. */
    public static String digits(String phone) {
        return phone == null ? "" : phone.replaceAll("[^0-9]", "");
    }
}
