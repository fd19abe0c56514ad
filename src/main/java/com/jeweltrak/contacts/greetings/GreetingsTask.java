package com.jeweltrak.contacts.greetings;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The greetings job (R1): hourly by default (jeweltrak.greetings.interval), see {@link SendingGreetings}. */
@Configuration(proxyBeanMethods = false)
class GreetingsTask {

    @Bean
    RecurringTask<Void> greetings(SendingGreetings sending, @Value("${jeweltrak.greetings.interval:1h}") Duration interval) {
        return Tasks.recurring("greetings", Schedules.fixedDelay(interval))
                .execute((instance, context) -> sending.sendDue());
    }
}
