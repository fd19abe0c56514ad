package com.jeweltrak.platform.lists;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/** A file a list exports to: one header row, then one row per record, written as the rows arrive. */
interface ExportFormat {

    String extension();

    String contentType();

    /** Starts a file with these column labels; the returned writer takes rows and must be finished. */
    RowWriter open(OutputStream out, String sheetName, List<String> labels) throws IOException;

    interface RowWriter {
        void row(List<Object> values) throws IOException;

        void finish() throws IOException;
    }

    static ExportFormat named(String format) {
        return switch (format == null ? "" : format.toLowerCase(Locale.ROOT)) {
            case "csv" -> new CsvExport();
            case "xlsx" -> new XlsxExport();
            default -> throw new InvalidListRequest("format", "Export as csv or xlsx.");
        };
    }
}
