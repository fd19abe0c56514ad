package com.jeweltrak.platform.lists;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.jeweltrak.platform.security.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Export of a list to CSV or Excel with the page's search, filters and sort — every matching row,
 * not just the page shown. All columns by default: hiding a column changes the display only (R7),
 * unless the user asks for the visible columns only.
 */
@Controller
class ExportController {

    private final ListDefinitions definitions;
    private final ColumnPreferences preferences;
    private final Clock clock;

    ExportController(ListDefinitions definitions, ColumnPreferences preferences, Clock clock) {
        this.definitions = definitions;
        this.preferences = preferences;
        this.clock = clock;
    }

    @GetMapping("/lists/export")
    void export(@RequestParam("list") String listKey, @RequestParam(name = "format", defaultValue = "csv") String format,
                @RequestParam(name = "columns", required = false) String columns,
                @RequestParam MultiValueMap<String, String> params, HttpServletResponse response) throws IOException {
        write(definitions.forCurrentUser(listKey), ExportFormat.named(format), "visible".equals(columns), params, response);
    }

    private <R> void write(ListDefinition<R> definition, ExportFormat format, boolean visibleOnly,
                           MultiValueMap<String, String> params, HttpServletResponse response) throws IOException {
        ListQuery query = ListParameters.from(definition, params).toQuery(definition);
        CurrentUser user = CurrentUser.require();
        List<Column<R>> exported = visibleOnly
                ? ColumnChoice.shown(definition, preferences.find(user.id(), definition.key()).orElse(null))
                : definition.columns();
        String fileName = definition.shortName() + "-" + LocalDate.now(clock.withZone(user.zone())) + "." + format.extension();
        response.setContentType(format.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString());
        OutputStream out = response.getOutputStream();
        ExportFormat.RowWriter writer = format.open(out, definition.title(), exported.stream().map(Column::label).toList());
        definition.source().each(query, row -> {
            List<Object> values = new ArrayList<>(exported.size());
            for (Column<R> column : exported) values.add(column.valueOf(row));
            try {
                writer.row(values);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.finish();
        out.flush();
    }
}
