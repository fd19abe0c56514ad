package com.jeweltrak.contacts.web;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.jeweltrak.contacts.ContactChannel;
import com.jeweltrak.contacts.TaxStatus;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.users.Users;
import org.springframework.stereotype.Component;

/** What the contact form's dropdowns offer, value → label. */
@Component
class ContactChoices {

    static final Map<String, String> MONTHS = months();
    static final Map<String, String> CHANNELS = channels();
    static final Map<String, String> TAX_STATUSES = taxStatuses();

    private final Users users;
    private final Stores stores;

    ContactChoices(Users users, Stores stores) {
        this.users = users;
        this.stores = stores;
    }

    /** Active staff, the salesperson a customer usually deals with. */
    Map<String, String> salespeople() {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("", "— none —");
        users.list("", 0, 500).content().stream().filter(Users.Listed::active)
                .forEach(u -> choices.put(Long.toString(u.id().value()), u.name()));
        return choices;
    }

    Map<String, String> homeStores() {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("", "— none —");
        List<Store> all = stores.all();
        all.stream().filter(Store::active).forEach(s -> choices.put(s.id().toString(), s.name()));
        return choices;
    }

    private static Map<String, String> months() {
        Map<String, String> months = new LinkedHashMap<>();
        months.put("", "Month");
        for (Month m : Month.values()) months.put(Integer.toString(m.getValue()), m.getDisplayName(TextStyle.FULL, Locale.US));
        return months;
    }

    private static Map<String, String> channels() {
        Map<String, String> channels = new LinkedHashMap<>();
        channels.put("", "No preference");
        Arrays.stream(ContactChannel.values()).forEach(c -> channels.put(c.name(), c.label()));
        return channels;
    }

    private static Map<String, String> taxStatuses() {
        Map<String, String> statuses = new LinkedHashMap<>();
        Arrays.stream(TaxStatus.values()).forEach(t -> statuses.put(t.name(), t.label()));
        return statuses;
    }
}
