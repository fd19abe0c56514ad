package com.jeweltrak.inventory.media;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's media features (04-inventory §Photos & Video R4, decision 9): "Video uploads" is off until the
 * tenant's own administrator switches it on; linking a video works without it.
 */
@Service
@Transactional(readOnly = true)
public class MediaSettings {

    private final JdbcClient jdbc;

    MediaSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean videoUploads() {
        return jdbc.sql("select video_uploads from media_setting").query(Boolean.class).optional().orElse(false);
    }

    @Transactional
    public void setVideoUploads(boolean enabled) {
        jdbc.sql("""
                insert into media_setting (tenant_id, video_uploads) values (jt_current_tenant(), ?)
                on conflict (tenant_id) do update set video_uploads = excluded.video_uploads
                where media_setting.video_uploads is distinct from excluded.video_uploads""")
                .param(enabled).update();
    }
}
