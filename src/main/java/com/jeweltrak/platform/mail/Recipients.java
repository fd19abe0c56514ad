package com.jeweltrak.platform.mail;

import java.util.regex.Pattern;

import com.jeweltrak.platform.BusinessRuleViolated;

/**
 * Where a document e-mailed from a page goes: the address typed in its "E-mail to" box, or — left empty — the one on
 * file for the customer. Refused beside that box ({@code toAddress}) when there is none or it is not an address.
 */
public final class Recipients {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Recipients() {
    }

    /** The typed address, or the one on file when nothing was typed. */
    public static String typedOrOnFile(String typed, String onFile) {
        String to = typed == null || typed.isBlank() ? onFile : typed.trim();
        if (to == null || to.isBlank()) {
            throw new BusinessRuleViolated("toAddress", "The customer has no e-mail address on file: type one.");
        }
        return checked(to);
    }

    /** A typed address that must be one. */
    public static String checked(String typed) {
        String to = typed == null ? "" : typed.trim();
        if (!ADDRESS.matcher(to).matches() || to.length() > 254) {
            throw new BusinessRuleViolated("toAddress", "Enter an e-mail address like name@example.com.");
        }
        return to;
    }
}
