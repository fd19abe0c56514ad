package com.jeweltrak.reports.web;

import java.util.List;
import java.util.Optional;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.reports.ReadingReportFilters;
import com.jeweltrak.reports.ReportFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The names the filter bar and its pills show for the ids a report URL carries (C2: "Customer: Robert Smith ×") and the
 * choices it offers: the person's stores, the tenant's users, a CHOICE's options.
 */
@Component
@Transactional(readOnly = true)
class ReportLookups {

    record Named(String value, String label) {
    }

    private final ReadingReportFilters reading;
    private final Contacts contacts;
    private final JdbcClient jdbc;

    ReportLookups(ReadingReportFilters reading, Contacts contacts, JdbcClient jdbc) {
        this.reading = reading;
        this.contacts = contacts;
        this.jdbc = jdbc;
    }

    java.time.LocalDate today(CurrentUser user) {
        return reading.today(user);
    }

    List<Store> stores(CurrentUser user) {
        return reading.storesOf(user);
    }

    List<ReportFilter.Option> options(ReportFilter filter, CurrentUser user) {
        return reading.options(filter, user);
    }

    /** The tenant's users by name (a salesperson may have left: the inactive ones still own their past invoices). */
    List<Named> users() {
        return jdbc.sql("""
                        select id, coalesce(nullif(trim(concat_ws(' ', first_name, last_name)), ''), email) as name
                        from app_user order by active desc, lower(first_name), lower(last_name), id""")
                .query((rs, n) -> new Named(rs.getString(1), rs.getString(2))).list();
    }

    Optional<String> userName(String id) {
        if (id.equals("0")) return Optional.of("— unassigned —");
        return users().stream().filter(u -> u.value().equals(id)).map(Named::label).findFirst();
    }

    Optional<String> contactName(String id) {
        try {
            return contacts.find(new ContactId(Long.parseLong(id))).map(Contact::displayName);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    Optional<String> storeName(String id, CurrentUser user) {
        return stores(user).stream().filter(s -> s.id().toString().equals(id)).map(Store::name).findFirst();
    }
}
