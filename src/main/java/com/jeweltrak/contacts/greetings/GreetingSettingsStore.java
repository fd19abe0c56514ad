package com.jeweltrak.contacts.greetings;

import com.jeweltrak.platform.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's greeting settings: its row, or the defaults while it has none. */
@Component
public class GreetingSettingsStore {

    private final JdbcClient jdbc;

    GreetingSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public GreetingSettings current() {
        return jdbc.sql("""
                        select birthday_enabled, anniversary_enabled, birthday_subject, birthday_body,
                               anniversary_subject, anniversary_body
                        from greeting_settings""")
                .query((rs, n) -> new GreetingSettings(rs.getBoolean(1), rs.getBoolean(2),
                        new GreetingSettings.Template(rs.getString(3), rs.getString(4)),
                        new GreetingSettings.Template(rs.getString(5), rs.getString(6))))
                .optional().orElseGet(GreetingSettings::defaults);
    }

    /** Saves the settings as they are; callers validate first ({@link ChangingGreetingSettings}). */
    @Transactional
    void save(GreetingSettings s) {
        jdbc.sql("""
                        insert into greeting_settings (tenant_id, birthday_enabled, anniversary_enabled, birthday_subject,
                                                       birthday_body, anniversary_subject, anniversary_body)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (tenant_id) do update set
                            birthday_enabled = excluded.birthday_enabled, anniversary_enabled = excluded.anniversary_enabled,
                            birthday_subject = excluded.birthday_subject, birthday_body = excluded.birthday_body,
                            anniversary_subject = excluded.anniversary_subject, anniversary_body = excluded.anniversary_body,
                            updated_at = now()""")
                .params(TenantContext.requireTenant().value(), s.birthdayEnabled(), s.anniversaryEnabled(),
                        text(s.birthday().subject()), text(s.birthday().body()),
                        text(s.anniversary().subject()), text(s.anniversary().body()))
                .update();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
