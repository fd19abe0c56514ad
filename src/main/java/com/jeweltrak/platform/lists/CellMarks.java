package com.jeweltrak.platform.lists;

import java.util.List;
import java.util.Map;

/**
 * Small badges beside a cell's text (e.g. "P" for a partnership item), worked out for the whole page of rows at once
 * so a list never asks once per row. Not exported: marks are for the eye.
 */
@FunctionalInterface
public interface CellMarks<R> {

    /** The marks of the rows that have any, by the row's list id ({@link ListDefinition#id()}). */
    Map<Long, List<Mark>> forPage(List<R> rows);

    record Mark(String letter, String title, String cssClass) {
    }
}
