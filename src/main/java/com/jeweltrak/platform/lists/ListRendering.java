package com.jeweltrak.platform.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Service;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/**
 * Builds what a list shows for the signed-in user: their columns (saved choice or defaults), the
 * page of rows for the search, filters and sort asked for, their selection and bulk actions.
 */
@Service
public class ListRendering {

    /** The template fragment of a list, for htmx requests and the list component's own endpoints. */
    public static final String FRAGMENT = "platform/list :: list";

    private final ColumnPreferences preferences;
    private final ListSelection selection;
    private final BulkActions bulkActions;

    ListRendering(ColumnPreferences preferences, ListSelection selection, BulkActions bulkActions) {
        this.preferences = preferences;
        this.selection = selection;
        this.bulkActions = bulkActions;
    }

    /**
     * One URL for the whole page and, when htmx asks (not for a history restore, which needs the whole
     * page), just the list (design §5). Puts the list into the model as {@code list}.
     */
    public String page(ListDefinition<?> definition, MultiValueMap<String, String> params, HttpServletRequest request,
                       Model model, String pageView) {
        ListParameters parameters = ListParameters.from(definition, params);
        model.addAttribute("list", render(definition, parameters, request.getSession(false)));
        boolean fragment = request.getHeader("HX-Request") != null && request.getHeader("HX-History-Restore-Request") == null;
        return fragment ? FRAGMENT : pageView;
    }

    public <R> ListView render(ListDefinition<R> definition, ListParameters params, HttpSession session) {
        CurrentUser user = CurrentUser.require();
        ListQuery query = params.toQuery(definition);
        ListParameters.SortOrder<R> sort = params.sortOrder(definition);
        ColumnChoice saved = preferences.find(user.id(), definition.key()).orElse(null);
        List<Column<R>> shown = ColumnChoice.shown(definition, saved);
        Paged<R> page = definition.source().page(query);
        Set<Long> selected = selection.of(session, definition.key());

        List<ListView.Header> headers = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Column<R> column = shown.get(i);
            String sorted = sort != null && sort.column().key().equals(column.key()) ? (sort.ascending() ? "asc" : "desc") : null;
            String next = column.key() + ("asc".equals(sorted) ? ",desc" : ",asc");
            headers.add(new ListView.Header(column.key(), column.label(),
                    column.sortable() ? params.withSort(next).url(definition.pageUrl()) : null, sorted,
                    column.alignRight(), i == shown.size() - 1));
        }
        Column<R> identifying = definition.columns().stream().filter(c -> !c.hideable()).findFirst().orElseThrow();
        // each marked column asks once for the whole page, never once per row
        Map<String, Map<Long, List<CellMarks.Mark>>> marks = new HashMap<>();
        shown.stream().filter(c -> c.marks() != null && !page.content().isEmpty())
                .forEach(c -> marks.put(c.key(), c.marks().forPage(page.content())));
        List<ListView.Row> rows = page.content().stream().map(row -> {
            long id = definition.id().applyAsLong(row);
            List<ListView.Cell> cells = shown.stream().map(c -> new ListView.Cell(c.textOf(row), c.linkOf(row),
                    c.badgeOf(row), c.alignRight(), marks.getOrDefault(c.key(), Map.of()).getOrDefault(id, List.of())))
                    .toList();
            return new ListView.Row(id, identifying.textOf(row), cells, definition.peekOf(row), selected.contains(id));
        }).toList();
        List<ListView.MenuItem> menu = definition.columns().stream().map(c -> new ListView.MenuItem(c.key(), c.label(),
                ColumnChoice.isShown(c, saved), c.hideable())).toList();
        return new ListView(definition.key(), definition.domId(), definition.tableId(), definition.pageUrl(), headers,
                rows, menu, definition.filters(), page, params, bulkBar(definition, selected.size(), user));
    }

    public ListView.BulkBar bulkBar(ListDefinition<?> definition, int count, CurrentUser user) {
        return new ListView.BulkBar(definition.key(), definition.domId(), count,
                bulkActions.available(definition.key(), user).stream()
                        .map(a -> new ListView.BulkBar.Action(a.key(), a.label(),
                                a.form() == null ? null : a.form() + "?list=" + definition.key(), a.confirms())).toList());
    }
}
