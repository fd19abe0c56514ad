package com.jeweltrak.reports.web;

import java.util.List;

import com.jeweltrak.reports.ReportDefinition;

/**
 * Everything the report page shows (§2 R3, C1, C2): the filter bar's inputs with what was typed and any message beside
 * each, the view selector, the pills, the results table and pager (absent when the filters cannot run), and the
 * toolbar's links, all carrying the current filters.
 *
 * @param hidden     parameters the filter bar's Apply keeps without showing them (view, sort, size, pill filters)
 * @param barErrors  messages that belong to no input (sort, view, page, size)
 * @param carried    every current parameter, for the e-mail form's hidden fields
 */
record ReportScreen(ReportDefinition report, String url, boolean pinned, List<Tab> views, List<Input> inputs,
                    List<Param> hidden, List<Pill> pills, List<String> barErrors, ReportTable table, Pager pager,
                    Toolbar toolbar, List<Param> carried) {

    record Tab(String label, String url, boolean active) {
    }

    record Option(String value, String label, boolean selected) {
    }

    /** One input of the bar; {@code type}: date, select, contact, number, text. {@code shown}: a contact's name. */
    record Input(String name, String label, String type, String value, List<Option> options, String error,
                 String shown) {
        public String id() {
            return "filter-" + name;
        }
    }

    record Param(String name, String value) {
    }

    record Pill(String name, String label, String text, String removeUrl) {
    }

    record Pager(String showing, String previousUrl, String nextUrl) {
    }

    record Toolbar(String print, String pdf, String xlsx, String csv) {
    }
}
