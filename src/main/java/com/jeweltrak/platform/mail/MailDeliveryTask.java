package com.jeweltrak.platform.mail;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outbox job: every few seconds (jeweltrak.mail.delivery-interval), deliver what is due. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailDeliveryTask {

    @Bean
    RecurringTask<Void> mailDelivery(DeliveringMail delivering, MailProperties properties) {
        return Tasks.recurring("mail-delivery", Schedules.fixedDelay(properties.deliveryInterval()))
                .execute((instance, context) -> delivering.deliverDue());
    }
}
