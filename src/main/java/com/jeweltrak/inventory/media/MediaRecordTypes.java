package com.jeweltrak.inventory.media;

import com.jeweltrak.platform.audit.RecordTypes.RecordType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** What the Audit Log calls the media tables (a photo's delete is audited: R9). */
@Configuration(proxyBeanMethods = false)
class MediaRecordTypes {

    @Bean
    @Order(240)
    RecordType itemPhotoRecordType() {
        return new RecordType("item_photo", "Item photo", null, null);
    }

    @Bean
    @Order(241)
    RecordType itemVideoRecordType() {
        return new RecordType("item_video", "Item video", null, null);
    }

    @Bean
    @Order(242)
    RecordType mediaSettingRecordType() {
        return new RecordType("media_setting", "Media settings", null, null);
    }
}
