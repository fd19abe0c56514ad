package com.jeweltrak.reports;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.jeweltrak.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Every declared report (the landing page's catalog, §Using the Reports Module R1). */
@Component
public class Reports {

    private final List<ReportDefinition> all;

    Reports(List<ReportDefinition> definitions) {
        this.all = definitions.stream().sorted(Comparator.comparing(ReportDefinition::category)
                .thenComparing(ReportDefinition::title)).toList();
        if (all.stream().map(ReportDefinition::key).distinct().count() != all.size()) {
            throw new IllegalStateException("Two reports share a key");
        }
    }

    public List<ReportDefinition> all() {
        return all;
    }

    public Optional<ReportDefinition> find(String key) {
        return all.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    /** The reports this person may run. */
    public List<ReportDefinition> runnableBy(CurrentUser user) {
        return all.stream().filter(r -> mayRun(r, user)).toList();
    }

    public static boolean mayRun(ReportDefinition report, CurrentUser user) {
        return report.permissions().stream().allMatch(user::can);
    }
}
