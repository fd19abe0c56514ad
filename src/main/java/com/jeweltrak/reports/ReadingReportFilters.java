package com.jeweltrak.reports;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.Stores;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a report's filters from what a request carried, applies the defaults and checks them. Every problem is
 * collected, not just the first, so the filter bar shows each beside its filter (issue 11: an inverted range, a range
 * longer than the report allows, an unknown value → a message, never an error page).
 */
@Service
@Transactional(readOnly = true)
public class ReadingReportFilters {

    private final Clock clock;
    private final Stores stores;
    private final JdbcClient jdbc;

    ReadingReportFilters(Clock clock, Stores stores, JdbcClient jdbc) {
        this.clock = clock;
        this.stores = stores;
        this.jdbc = jdbc;
    }

    /** Today where the person works (their current store's zone). */
    public LocalDate today(CurrentUser user) {
        return LocalDate.now(clock.withZone(user.zone()));
    }

    /** The stores the person may see, in name order; the Store filter offers them when there are two or more (C11). */
    public List<Store> storesOf(CurrentUser user) {
        return stores.accessibleTo(user);
    }

    /** A data-read CHOICE's options (shapes in stock…), for the filter bar and to check a chosen value. */
    public List<ReportFilter.Option> options(ReportFilter filter, CurrentUser user) {
        if (filter.optionsSql() == null) return filter.options();
        return jdbc.sql(filter.optionsSql()).param("stores", storeIds(storesOf(user)))
                .query((rs, n) -> new ReportFilter.Option(rs.getString(1), rs.getString(2))).list();
    }

    public FilterValues read(ReportDefinition report, Map<String, String> request, CurrentUser user) {
        LocalDate today = today(user);
        Map<String, String> typed = new LinkedHashMap<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        parameters.put("today", today);
        List<Store> mine = storesOf(user);
        parameters.put("stores", storeIds(mine));
        for (ReportFilter filter : report.filters()) {
            switch (filter.kind()) {
                case PERIOD -> readPeriod(filter, request, today, typed, parameters, errors);
                case STORE -> readStore(request, mine, typed, parameters, errors);
                default -> {
                    String value = trimmed(request.get(filter.key()));
                    if (value != null) typed.put(filter.key(), value);
                    if (value == null) value = filter.defaultValue();
                    try {
                        parameters.put(filter.key(), value == null ? null : parse(filter, value, today, user));
                    } catch (IllegalArgumentException | DateTimeParseException e) {
                        errors.put(filter.key(), message(filter, e));
                        parameters.put(filter.key(), null);
                    }
                }
            }
        }
        if (!errors.isEmpty()) throw new InvalidReportFilters(errors);
        FilterValues values = new FilterValues(typed, parameters);
        return values.with(report.derivation().derive(values));
    }

    private void readPeriod(ReportFilter filter, Map<String, String> request, LocalDate today, Map<String, String> typed,
                            Map<String, Object> parameters, Map<String, String> errors) {
        String fromText = trimmed(request.get("from"));
        String toText = trimmed(request.get("to"));
        if (fromText != null) typed.put("from", fromText);
        if (toText != null) typed.put("to", toText);
        LocalDate from = filter.dateDefault().from(today);
        LocalDate to = today;
        try {
            if (fromText != null) from = LocalDate.parse(fromText);
        } catch (DateTimeParseException e) {
            errors.put("from", "Enter a date as YYYY-MM-DD.");
        }
        try {
            if (toText != null) to = LocalDate.parse(toText);
        } catch (DateTimeParseException e) {
            errors.put("to", "Enter a date as YYYY-MM-DD.");
        }
        if (!errors.containsKey("from") && !errors.containsKey("to")) {
            if (to.isBefore(from)) {
                errors.put("to", "To must be on or after From.");
            } else if (filter.maxDays() > 0 && ChronoUnit.DAYS.between(from, to) + 1 > filter.maxDays()) {
                errors.put("to", "This report covers at most " + filter.maxDays() + " days; choose a shorter range.");
            }
        }
        parameters.put("from", from);
        parameters.put("to", to);
    }

    private void readStore(Map<String, String> request, List<Store> mine, Map<String, String> typed,
                           Map<String, Object> parameters, Map<String, String> errors) {
        String value = trimmed(request.get("store"));
        if (value == null) return;
        typed.put("store", value);
        Store chosen = mine.stream().filter(s -> s.id().toString().equals(value)).findFirst().orElse(null);
        if (chosen == null) {
            errors.put("store", "Choose one of your stores.");
        } else {
            parameters.put("stores", List.of(chosen.id().value()));
        }
    }

    private Object parse(ReportFilter filter, String value, LocalDate today, CurrentUser user) {
        return switch (filter.kind()) {
            case DATE -> value.equals("today") ? today : LocalDate.parse(value);
            case CHOICE -> {
                if (options(filter, user).stream().noneMatch(o -> o.value().equals(value))) {
                    throw new IllegalArgumentException("Choose one of: " + String.join(", ",
                            options(filter, user).stream().map(ReportFilter.Option::label).toList()) + ".");
                }
                yield value;
            }
            case CONTACT, USER -> {
                long id = Long.parseLong(value);
                if (id < 0 || (id == 0 && filter.kind() == FilterKind.CONTACT)) throw new NumberFormatException();
                yield id;
            }
            case NUMBER -> new BigDecimal(value);
            case TEXT -> value.length() > 200 ? value.substring(0, 200) : value;
            default -> throw new IllegalStateException(filter.kind().name());
        };
    }

    private static String message(ReportFilter filter, RuntimeException e) {
        return switch (filter.kind()) {
            case DATE -> "Enter a date as YYYY-MM-DD.";
            case CONTACT, USER -> "Choose a " + filter.label().toLowerCase() + " from the list.";
            case NUMBER -> "Enter a number.";
            default -> e.getMessage();
        };
    }

    private static List<Long> storeIds(List<Store> stores) {
        // no store at all: -1 matches nothing, and "in ()" would not parse
        return stores.isEmpty() ? List.of(-1L) : stores.stream().map(s -> s.id().value()).toList();
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
