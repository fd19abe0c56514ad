package com.jeweltrak.contacts.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.lists.Column;
import com.jeweltrak.platform.lists.ListDefinition;
import com.jeweltrak.platform.lists.ListFilter;
import com.jeweltrak.platform.lists.ListQuery;
import com.jeweltrak.platform.lists.ListSource;
import com.jeweltrak.platform.users.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one Contacts list (Unified Contacts R1), filterable by role. Merged contacts are history: hidden
 * unless asked for with the Record filter (Consolidation R5).
 */
@Configuration(proxyBeanMethods = false)
class ContactsList {

    static final String KEY = "contacts.all";
    static final String ROLE_FILTER = "role";
    private static final String MERGED = "merged_into_id is not null";

    @Bean
    ListDefinition<Contact> contactsListDefinition(Contacts contacts) {
        return ListDefinition.builder(KEY, Contact.class)
                .title("Contacts")
                .pageUrl("/contacts")
                .permission(Permission.key("Contacts", "View"))
                .domIds("contactResults", "contactList")
                .column(Column.<Contact>of("name", "Name", Contact::displayName).identifying()
                        .sortedBy("lower(coalesce(last_name, company, ''))", "lower(coalesce(first_name, ''))")
                        .linkedTo(c -> "/contacts/" + c.id()))
                .column(Column.<Contact>of("company", "Company", c -> c.name().company()).sortedBy("lower(company)"))
                .column(Column.<Contact>of("roles", "Roles", ContactsList::roles))
                .column(Column.<Contact>of("phone", "Phone", c -> c.reach().bestPhone()))
                .column(Column.<Contact>of("email", "E-mail", c -> c.reach().email()).sortedBy("lower(email)"))
                .column(Column.<Contact>of("city", "City", c -> c.billing().cityLine()).sortedBy("lower(billing_city)"))
                .column(Column.<Contact>of("jobTitle", "Title", c -> c.name().jobTitle()).hiddenByDefault())
                .column(Column.<Contact>of("taxStatus", "Tax", c -> c.taxStatus().label()).hiddenByDefault()
                        .sortedBy("tax_status"))
                .column(Column.<Contact>of("birthday", "Birthday",
                                c -> c.occasions().birthday() == null ? null : c.occasions().birthday().display())
                        .hiddenByDefault().sortedBy("birthday_month", "birthday_day"))
                .column(Column.<Contact>of("creditLimit", "Credit limit", c -> c.account().creditLimit() == null ? null
                        : "$" + String.format("%,.2f", c.account().creditLimit())).hiddenByDefault().right()
                        .sortedBy("credit_limit"))
                .column(Column.<Contact>of("created", "Added", c -> c.createdAt().toString().substring(0, 10))
                        .hiddenByDefault().sortedBy("created_at"))
                .column(Column.<Contact>of("status", "Status", c -> c.isMerged() ? "Merged" : null)
                        .badge(c -> "text-bg-secondary").hiddenByDefault())
                .filter(ListFilter.of(ROLE_FILTER, "Role", "All roles",
                        new ListFilter.Option("customer", "Customers", "is_customer"),
                        new ListFilter.Option("vendor", "Vendors", "is_vendor"),
                        new ListFilter.Option("partner", "Partners", "is_partner"),
                        new ListFilter.Option("none", "No role yet", "not (is_customer or is_vendor or is_partner)")))
                .filter(ListFilter.of("record", "Record", "Current contacts",
                        new ListFilter.Option("merged", "Merged into another", MERGED)))
                .defaultOrder(Contacts.NAME_ORDER)
                .id("id", c -> c.id().value())
                .peek(c -> "/peek/contact/" + c.id())
                .source(new ListSource<>() {
                    @Override
                    public Paged<Contact> page(ListQuery query) {
                        return contacts.page(currentUnlessMergedAskedFor(query));
                    }

                    @Override
                    public void each(ListQuery query, Consumer<? super Contact> row) {
                        contacts.each(currentUnlessMergedAskedFor(query), row);
                    }
                })
                .build();
    }

    private static ListQuery currentUnlessMergedAskedFor(ListQuery query) {
        if (query.conditions().contains(MERGED)) return query;
        List<String> conditions = new ArrayList<>(query.conditions());
        conditions.add("merged_into_id is null");
        return new ListQuery(query.search(), conditions, query.orderBy(), query.page(), query.size());
    }

    static String roles(Contact contact) {
        return contact.roles().stream().sorted().map(ContactRole::label).collect(Collectors.joining(", "));
    }
}
