package com.jeweltrak.inventory.stones;

import java.util.Optional;

/**
 * A grading lab's report service, looked up by report number (the GIA Lookup button). Configured per
 * deployment; when it is not, {@link #available()} is false and the button is not shown. A slow or down
 * service answers {@link GradingReportUnavailable} quickly — it never holds up saving, which does not use it.
 */
public interface GradingReports {

    boolean available();

    /** The report, or empty when the lab has no report with that number. */
    Optional<GradingReport> lookup(String reportNumber);

    /** The service could not be asked (not configured, down, slow, refused our key, answered nonsense). */
    class GradingReportUnavailable extends RuntimeException {
        public GradingReportUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
