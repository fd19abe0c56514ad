package com.jeweltrak.inventory.tags;

import com.jeweltrak.platform.audit.RecordTypes.RecordType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** What the Audit Log calls the tag defaults: a user's setting, filed under the user. */
@Configuration(proxyBeanMethods = false)
class TagRecordTypes {

    @Bean
    @Order(240)
    RecordType tagSettingRecordType() {
        return new RecordType("tag_setting", "Tag defaults", "app_user", "/settings/users/{id}");
    }
}
