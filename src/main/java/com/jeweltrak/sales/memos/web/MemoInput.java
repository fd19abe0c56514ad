package com.jeweltrak.sales.memos.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.web.TypedInput;
import org.springframework.util.MultiValueMap;

/** Typed text of the memo pages and the API read into values, a bad value refused beside its field. */
final class MemoInput {

    private MemoInput() {
    }

    static LocalDate date(String field, String text) {
        return TypedInput.date(field, text);
    }

    static BigDecimal decimal(String field, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw new BusinessRuleViolated(field, "Enter a number, like 12.50.");
        }
    }

    /** The quantity boxes of a memo form, {@code qty-<memo line id>}, as typed (kept to re-show on a refusal). */
    static Map<Long, String> typedQuantities(MultiValueMap<String, String> params) {
        Map<Long, String> typed = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (name.startsWith("qty-") && name.substring(4).matches("\\d{1,18}") && !values.isEmpty()) {
                typed.put(Long.parseLong(name.substring(4)), values.getFirst());
            }
        });
        return typed;
    }

    /** The boxes read as lines; an empty box leaves its line out. */
    static <L> List<L> lines(Map<Long, String> typed, BiFunction<Long, BigDecimal, L> line) {
        List<L> lines = new ArrayList<>();
        typed.forEach((id, quantity) -> {
            BigDecimal q = decimal("lines", quantity);
            if (q != null) lines.add(line.apply(id, q));
        });
        return lines;
    }
}
