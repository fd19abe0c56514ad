/**
 * Reports (09-reports): the report shell — one declaration per report ({@link com.jeweltrak.reports.ReportDefinition}:
 * filters, SQL, columns, totals) from which the shell renders the page, its htmx fragment, Summary / Detail, drill-down,
 * Print / PDF / Excel / CSV / Email and the JSON API — every report, the landing page and the dashboard.
 * <p>
 * Reports read; they never change a document. Each report is one SQL statement over the documents' own tables
 * (invoices, memos, items, payments), so it depends on the modules that own them for their public read models where one
 * exists (accounting's AR figures, sales' credit on account) and on their tables otherwise; nothing depends on reports.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "contacts", "inventory", "sales",
        "accounting", "partnerships", "services"})
package com.jeweltrak.reports;
