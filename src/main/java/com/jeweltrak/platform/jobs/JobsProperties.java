package com.jeweltrak.platform.jobs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the scheduler polls. Small by default: the application shares two cores with the database,
 * and every job here is light.
 */
@ConfigurationProperties("jeweltrak.jobs")
record JobsProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("10s") Duration pollingInterval,
        @DefaultValue("2") int threads,
        @DefaultValue("1m") Duration heartbeatInterval,
        @DefaultValue("20s") Duration shutdownMaxWait) {
}
