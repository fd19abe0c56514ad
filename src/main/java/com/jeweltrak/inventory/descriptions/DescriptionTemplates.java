package com.jeweltrak.inventory.descriptions;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import com.jeweltrak.inventory.Family;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's description templates, at most one per family (R6, R7); Settings → Description templates. */
@Service
@Transactional(readOnly = true)
public class DescriptionTemplates {

    private final JdbcClient jdbc;

    DescriptionTemplates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DescriptionTemplate> of(Family family) {
        return jdbc.sql("select template from description_template where family = ?").param(String.valueOf(family.code()))
                .query(String.class).optional().map(text -> new DescriptionTemplate(family, text));
    }

    public Map<Family, String> all() {
        Map<Family, String> all = new EnumMap<>(Family.class);
        jdbc.sql("select family, template from description_template")
                .query((rs, n) -> all.put(Family.ofCode(rs.getString(1).charAt(0)), rs.getString(2))).list();
        return all;
    }

    /** Saves every family's template, or none when one is refused (the refusal names its field). */
    @Transactional
    public void setAll(Map<Family, String> texts) {
        texts.forEach((family, text) -> {
            if (text != null && !text.isBlank()) new DescriptionTemplate(family, text);
        });
        texts.forEach(this::set);
    }

    /** Saves the family's template; blank text removes it (and with it the Template choice of the menu). */
    @Transactional
    public void set(Family family, String text) {
        String code = String.valueOf(family.code());
        if (text == null || text.isBlank()) {
            jdbc.sql("delete from description_template where family = ?").param(code).update();
            return;
        }
        DescriptionTemplate template = new DescriptionTemplate(family, text);
        jdbc.sql("""
                        insert into description_template (tenant_id, family, template) values (jt_current_tenant(), ?, ?)
                        on conflict (tenant_id, family) do update set template = excluded.template, updated_at = now()
                        where description_template.template is distinct from excluded.template""")
                .params(code, template.text()).update();
    }
}
