package com.jeweltrak.platform.jobs;

import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.logging.LogLevel;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * db-scheduler, wired by hand (its Boot starter does not target Boot 4): cluster-safe background work
 * claimed from the {@code scheduled_tasks} table. Every {@link Task} bean in the context is registered;
 * recurring ones are scheduled on start. The scheduler starts once the application is ready (so no
 * task runs against a half-built context) and stops, waiting briefly for running work, on shutdown.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobsProperties.class)
class JobsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(JobsConfiguration.class);

    @Bean(destroyMethod = "stop")
    @SuppressWarnings({"unchecked", "rawtypes"})
    Scheduler scheduler(DataSource dataSource, ObjectProvider<Task<?>> taskBeans, JobsProperties properties) {
        List<Task<?>> tasks = taskBeans.orderedStream().toList();
        // recurring tasks go in through startTasks only (it registers them too); the rest as known tasks
        List<Task<?>> oneTime = tasks.stream().filter(t -> !(t instanceof OnStartup)).toList();
        List recurring = tasks.stream().filter(t -> t instanceof OnStartup).toList();
        return Scheduler.create(dataSource, oneTime)
                .startTasks(recurring)
                .pollingInterval(properties.pollingInterval())
                .threads(properties.threads())
                .heartbeatInterval(properties.heartbeatInterval())
                .shutdownMaxWait(properties.shutdownMaxWait())
                .failureLogging(LogLevel.WARN, true)
                .build();
    }

    @EventListener(ApplicationReadyEvent.class)
    void startWhenReady(ApplicationReadyEvent event) {
        JobsProperties properties = event.getApplicationContext().getBean(JobsProperties.class);
        if (!properties.enabled()) {
            log.info("Background jobs are switched off (jeweltrak.jobs.enabled=false)");
            return;
        }
        event.getApplicationContext().getBean(Scheduler.class).start();
    }
}
