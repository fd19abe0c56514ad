package com.jeweltrak.inventory.descriptions;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's AI endpoint settings (off until configured) and its API key. The key has a table of its own,
 * not audited, so it never lands in the audit log; it is read only to call the endpoint, never shown back.
 */
@Service
@Transactional(readOnly = true)
public class AiEndpoints {

    private final JdbcClient jdbc;

    AiEndpoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AiSettings> settings() {
        return jdbc.sql("""
                        select s.base_url, s.model, s.timeout_seconds, s.enabled, k.api_key is not null
                        from description_ai_settings s left join description_ai_key k on k.tenant_id = s.tenant_id""")
                .query((rs, n) -> new AiSettings(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4),
                        rs.getBoolean(5))).optional();
    }

    /** Settings that can be called: saved and switched on. */
    public Optional<AiSettings> active() {
        return settings().filter(AiSettings::enabled);
    }

    Optional<String> key() {
        return jdbc.sql("select api_key from description_ai_key").query(String.class).optional();
    }

    /** Saves the settings; a blank {@code newKey} keeps the key there is, {@code removeKey} drops it. */
    @Transactional
    public void save(AiSettings settings, String newKey, boolean removeKey) {
        jdbc.sql("""
                        insert into description_ai_settings (tenant_id, base_url, model, timeout_seconds, enabled)
                        values (jt_current_tenant(), ?, ?, ?, ?)
                        on conflict (tenant_id) do update set base_url = excluded.base_url, model = excluded.model,
                            timeout_seconds = excluded.timeout_seconds, enabled = excluded.enabled, updated_at = now()""")
                .params(settings.baseUrl(), settings.model(), settings.timeoutSeconds(), settings.enabled()).update();
        if (removeKey) {
            jdbc.sql("delete from description_ai_key").update();
        } else if (newKey != null && !newKey.isBlank()) {
            if (newKey.strip().length() > 500) {
                throw new com.jeweltrak.platform.BusinessRuleViolated("apiKey", "Keep the key to 500 characters.");
            }
            jdbc.sql("""
                            insert into description_ai_key (tenant_id, api_key) values (jt_current_tenant(), ?)
                            on conflict (tenant_id) do update set api_key = excluded.api_key""")
                    .param(newKey.strip()).update();
        }
    }
}
