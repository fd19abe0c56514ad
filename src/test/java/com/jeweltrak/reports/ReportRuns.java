package com.jeweltrak.reports;

import java.util.Map;

import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.security.CurrentUserLoader;
import com.jeweltrak.platform.security.SignedInUser;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.TestTenants;
import org.springframework.stereotype.Component;

/** Runs a report as a person would, without the web: their filters read and checked, one page of a view. */
@Component
public class ReportRuns {

    private final Reports reports;
    private final ReadingReportFilters filters;
    private final RunningAReport running;
    private final CurrentUserLoader users;

    ReportRuns(Reports reports, ReadingReportFilters filters, RunningAReport running, CurrentUserLoader users) {
        this.reports = reports;
        this.filters = filters;
        this.running = running;
        this.users = users;
    }

    /** The first page (up to 200 rows) of {@code view} (null: the default view) with these URL parameters. */
    public ReportResult run(TestTenants.Person person, String key, String view, Map<String, String> params) {
        return run(person, key, view, params, null, 0, 200);
    }

    public ReportResult run(TestTenants.Person person, String key, String view, Map<String, String> params, String sort,
                            int page, int size) {
        return TenantContext.callAs(person.tenant(), person.id(), () -> {
            CurrentUser me = user(person);
            ReportDefinition report = reports.find(key).orElseThrow();
            ReportView chosen = view == null ? report.defaultView() : report.view(view).orElseThrow();
            FilterValues values = filters.read(report, params, me);
            return running.run(chosen, values, ReportOrder.parse(sort, chosen), page, size);
        });
    }

    /** The filters as the shell reads them (to see defaults and refusals). */
    public FilterValues read(TestTenants.Person person, String key, Map<String, String> params) {
        return TenantContext.callAs(person.tenant(), person.id(),
                () -> filters.read(reports.find(key).orElseThrow(), params, user(person)));
    }

    public CurrentUser user(TestTenants.Person person) {
        return users.load(new SignedInUser(person.tenant().value(), person.id().value(), person.email()), null)
                .orElseThrow();
    }
}
