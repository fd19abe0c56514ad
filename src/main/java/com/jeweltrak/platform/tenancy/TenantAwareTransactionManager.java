package com.jeweltrak.platform.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Starts every transaction by copying the acting tenant, user and request id into PostgreSQL with
 * {@code set_config(..., true)} — the function form of SET LOCAL — so row-level security and the
 * audit triggers see them and they vanish at commit, never leaking to the next borrower of the
 * pooled connection. With no tenant the settings are cleared and every tenant table reads empty.
 */
public class TenantAwareTransactionManager extends JdbcTransactionManager {

    private static final String SET_LOCAL = """
            select set_config('app.tenant_id', ?, true),
                   set_config('app.user_id', ?, true),
                   set_config('app.request_id', ?, true)""";

    public TenantAwareTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        var actor = TenantContext.current();
        try (PreparedStatement statement = connection.prepareStatement(SET_LOCAL)) {
            statement.setString(1, actor.map(a -> a.tenant().toString()).orElse(""));
            statement.setString(2, actor.map(a -> a.user() == null ? "" : a.user().toString()).orElse(""));
            statement.setString(3, TenantContext.requestId().orElse(""));
            statement.execute();
        }
    }
}
