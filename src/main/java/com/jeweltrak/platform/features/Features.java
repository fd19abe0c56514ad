package com.jeweltrak.platform.features;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which features the tenant switched on (10-settings §Features): read by every module that has an opt-in capability;
 * switched only by settings (SwitchingAFeature). A flag never written is off (R1).
 */
@Component
public class Features {

    private final JdbcClient jdbc;

    Features(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public boolean on(Feature feature) {
        return jdbc.sql("select enabled from feature_flag where key = ?").param(feature.name())
                .query(Boolean.class).optional().orElse(false);
    }

    @Transactional(readOnly = true)
    public Map<Feature, Boolean> all() {
        Map<Feature, Boolean> flags = new EnumMap<>(Feature.class);
        for (Feature f : Feature.values()) flags.put(f, false);
        jdbc.sql("select key, enabled from feature_flag").query((rs, n) -> {
            Feature f = Feature.of(rs.getString(1));
            if (f != null) flags.put(f, rs.getBoolean(2));
            return null;
        }).list();
        return flags;
    }
}
