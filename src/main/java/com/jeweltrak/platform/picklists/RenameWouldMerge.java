package com.jeweltrak.platform.picklists;

/**
 * R6: the new text is already a value of the list (ignoring case and spaces), so the rename is really a
 * merge into that value. It waits for a confirmation (409 in the API), naming the value it merges into.
 */
public class RenameWouldMerge extends RuntimeException {

    private final String into;

    RenameWouldMerge(String to, String into) {
        super("\u201C" + to + "\u201D already exists in this list" + (into.equals(to) ? "" : " as \u201C" + into + "\u201D")
                + " \u2014 this would merge into \u201C" + into + "\u201D. Confirm to merge.");
        this.into = into;
    }

    public String into() {
        return into;
    }
}
