package com.jeweltrak.inventory.tags.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpSession;

/**
 * The tags a user has lined up to print together (04-inventory §Printing Barcode Tags R2), kept in their
 * session: it is a working list for one sitting at the label printer, not a record anyone else needs.
 */
final class PrintQueue implements Serializable {

    private static final String ATTRIBUTE = "jeweltrak.printQueue";

    record Row(long itemId, int copies) implements Serializable {
    }

    private final ArrayList<Row> rows = new ArrayList<>();

    static PrintQueue of(HttpSession session) {
        PrintQueue queue = (PrintQueue) session.getAttribute(ATTRIBUTE);
        return queue == null ? new PrintQueue() : queue;
    }

    /** Writes the queue back so a JDBC-stored session sees the change. */
    void saveIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    /** The same item added again gets more copies rather than a second row. */
    void add(long itemId, int copies) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).itemId() == itemId) {
                rows.set(i, new Row(itemId, Math.min(100, rows.get(i).copies() + copies)));
                return;
            }
        }
        rows.add(new Row(itemId, copies));
    }

    void remove(long itemId) {
        rows.removeIf(row -> row.itemId() == itemId);
    }

    void setCopies(long itemId, int copies) {
        rows.replaceAll(row -> row.itemId() == itemId ? new Row(itemId, copies) : row);
    }

    void clear() {
        rows.clear();
    }
}
