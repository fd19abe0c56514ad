package com.jeweltrak.reports;

/**
 * What a filter asks for, and so how the shell reads it from the URL, checks it, shows it and hands it to SQL:
 * <ul>
 * <li>{@code PERIOD} — URL {@code from} / {@code to}; SQL {@code :from}, {@code :to} (dates, both inclusive, §2 R6)</li>
 * <li>{@code DATE} — URL and SQL {@code :key} (a date; an As-Of defaults to today)</li>
 * <li>{@code STORE} — URL {@code store} (one store id, empty for all); SQL {@code :stores}, always set, the chosen store or
 * every store the person may access (decision 7), so {@code store_id in (:stores)} belongs in every report</li>
 * <li>{@code CHOICE} — one of the declared (or SQL-read) options; SQL {@code :key} as text</li>
 * <li>{@code CONTACT}, {@code USER} — an id; SQL {@code :key} (bigint); for USER the value 0 means "— unassigned —"</li>
 * <li>{@code NUMBER} — a decimal; SQL {@code :key} (numeric)</li>
 * <li>{@code TEXT} — typed text; SQL {@code :key} (text, trimmed)</li>
 * </ul>
 * An unset optional filter binds null: write {@code (cast(:customer as bigint) is null or i.customer_id = :customer)}.
 */
public enum FilterKind {
    PERIOD, DATE, STORE, CHOICE, CONTACT, USER, NUMBER, TEXT
}
