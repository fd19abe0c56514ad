package com.jeweltrak.platform.database;

import javax.sql.DataSource;

import com.jeweltrak.platform.tenancy.TenantAwareTransactionManager;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * Two ways into PostgreSQL: the owner role, which Flyway migrates with, and the application role,
 * which everything else uses and which row-level security confines to one tenant.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
@EnableTransactionManagement
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DatabaseServer databaseServer(DatabaseProperties properties) {
        return DatabaseServer.of(properties);
    }

    @Bean(destroyMethod = "close")
    @Primary
    HikariDataSource dataSource(DatabaseServer server, DatabaseProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("jeweltrak-app");
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(properties.appUser());
        config.setPassword(properties.appPassword());
        config.setMaximumPoolSize(properties.poolSize());
        config.setAutoCommit(true);
        // Every statement is planned for the values it runs with. After five runs of a prepared statement PostgreSQL
        // may switch to one generic plan for all values; tenants differ by orders of magnitude (a 50-item shop and a
        // 200k-item wholesaler share every statement) and so do report ranges: over the benchmark's large tenant the
        // generic plan of Gross Profit for a year took 4.1 s where the custom one takes 1.6 s (issue 12).
        config.setConnectionInitSql("set plan_cache_mode = force_custom_plan");
        return new HikariDataSource(config);
    }

    @Bean
    @FlywayDataSource
    DataSource flywayDataSource(DatabaseServer server, DatabaseProperties properties) {
        return new DriverManagerDataSource(server.jdbcUrl(), properties.ownerUser(), properties.ownerPassword());
    }

    @Bean
    @Primary
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new TenantAwareTransactionManager(dataSource);
    }
}
