package com.jeweltrak.reports;

/**
 * A report that lives on a page of its own rather than in the shell (Sales Tax in accounting, the price lists' selection
 * pages…): declared as a bean so the landing page lists it beside the shell's reports.
 */
public record ReportLink(String key, String title, String description, ReportCategory category, String url,
                         String permission) {
}
