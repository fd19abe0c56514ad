package com.jeweltrak.contacts.greetings;

import java.util.LinkedHashMap;
import java.util.Map;

import com.jeweltrak.platform.tenancy.Organization;
import com.jeweltrak.platform.tenancy.Organizations;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.Stores;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The templates filled in for a sample customer, so the admin sees what customers will read (R3). */
@Component
public class GreetingPreview {

    public record Rendered(String subject, String body) {
    }

    private final Organizations organizations;
    private final Stores stores;

    GreetingPreview(Organizations organizations, Stores stores) {
        this.organizations = organizations;
        this.stores = stores;
    }

    @Transactional(readOnly = true)
    public Map<GreetingKind, Rendered> of(GreetingSettings settings) {
        Map<String, String> sample = Map.of(
                "firstName", "Jane", "lastName", "Sample", "fullName", "Jane Sample", "spouseName", "John",
                "organizationName", organizations.current().map(Organization::name).orElse("Your organization"),
                "storeName", stores.all().stream().findFirst().map(Store::name).orElse("Your store"));
        Map<GreetingKind, Rendered> rendered = new LinkedHashMap<>();
        for (GreetingKind kind : GreetingKind.values()) {
            GreetingSettings.Template t = settings.template(kind);
            rendered.put(kind, new Rendered(MergeFields.fill(text(t.subject()), sample), MergeFields.fill(text(t.body()), sample)));
        }
        return rendered;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
