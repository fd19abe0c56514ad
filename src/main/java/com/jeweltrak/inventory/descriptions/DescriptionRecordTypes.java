package com.jeweltrak.inventory.descriptions;

import com.jeweltrak.platform.audit.RecordTypes.RecordType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** What the Audit Log calls the description settings (the API key's table is not audited). */
@Configuration(proxyBeanMethods = false)
class DescriptionRecordTypes {

    @Bean
    @Order(250)
    RecordType descriptionTemplateRecordType() {
        return new RecordType("description_template", "Description template", null, "/settings/descriptions");
    }

    @Bean
    @Order(251)
    RecordType descriptionAiRecordType() {
        return new RecordType("description_ai_settings", "AI description settings", null, "/settings/descriptions");
    }
}
