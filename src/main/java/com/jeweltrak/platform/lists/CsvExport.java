package com.jeweltrak.platform.lists;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV in UTF-8 with a byte-order mark, so Excel shows accented names right when the file is opened. */
final class CsvExport implements ExportFormat {

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public String contentType() {
        return "text/csv;charset=UTF-8";
    }

    @Override
    public RowWriter open(OutputStream out, String sheetName, List<String> labels) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().get());
        printer.printRecord(labels.stream().map(SpreadsheetText::neutralized).toList());
        return new RowWriter() {
            @Override
            public void row(List<Object> values) throws IOException {
                List<String> cells = new ArrayList<>(values.size());
                for (Object value : values) cells.add(text(value));
                printer.printRecord(cells);
            }

            @Override
            public void finish() throws IOException {
                printer.flush();
            }
        };
    }

    /** Numbers are the application's own and stay as they are ("-5.00"); any text is neutralized. */
    private static String text(Object value) {
        if (value == null) return "";
        if (value instanceof BigDecimal decimal) return decimal.toPlainString();
        if (value instanceof Number number) return number.toString();
        return SpreadsheetText.neutralized(value.toString());
    }
}
