package com.jeweltrak.platform.lists;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Excel .xlsx through fastexcel, flushed every few hundred rows so a long list is streamed, not held. */
final class XlsxExport implements ExportFormat {

    private static final int FLUSH_EVERY = 500;

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public String contentType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Override
    public RowWriter open(OutputStream out, String sheetName, List<String> labels) throws IOException {
        Workbook workbook = new Workbook(out, "JewelTrak", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName);
        for (int c = 0; c < labels.size(); c++) {
            sheet.value(0, c, SpreadsheetText.neutralized(labels.get(c)));
            sheet.style(0, c).bold().set();
        }
        return new RowWriter() {
            private int row = 0;

            @Override
            public void row(List<Object> values) throws IOException {
                row++;
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof Number number) sheet.value(row, c, number);
                    else if (value instanceof Boolean flag) sheet.value(row, c, flag);
                    else if (value != null) sheet.value(row, c, SpreadsheetText.neutralized(value.toString()));
                }
                if (row % FLUSH_EVERY == 0) sheet.flush();
            }

            @Override
            public void finish() throws IOException {
                sheet.finish();
                workbook.finish();
            }
        };
    }
}
