package com.jeweltrak.platform.lists;

/**
 * Spreadsheet formula injection: a cell that starts with = + - @ (or a tab or carriage return, which
 * some programs skip before reading a formula) could run as a formula when an export is opened. Such
 * text gets a leading apostrophe, so it is read as the text it is.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String neutralized(String text) {
        if (text == null || text.isEmpty()) return text;
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
