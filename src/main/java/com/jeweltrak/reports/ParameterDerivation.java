package com.jeweltrak.reports;

import java.util.Map;

/**
 * Named parameters a report works out from its checked filters before its SQL runs (Sales vs Prior's prior range,
 * decision 6). It may refuse a combination with {@link InvalidReportFilters}.
 */
@FunctionalInterface
public interface ParameterDerivation {

    Map<String, Object> derive(FilterValues values);

    ParameterDerivation NONE = values -> Map.of();
}
