package com.jeweltrak.accounting;

import java.util.List;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's chart of accounts. The system accounts are seeded on first use ({@link #ensure()}), which serves
 * tenants opened before the books existed as well as new ones, without platform having to know about accounting.
 */
@Repository
@Transactional
public class ChartOfAccounts {

    private final JdbcClient jdbc;

    ChartOfAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Seeds the system accounts the tenant lacks; idempotent and safe when two transactions race. */
    public void ensure() {
        long present = jdbc.sql("select count(*) from account where system_key is not null").query(Long.class).single();
        if (present >= SystemAccount.values().length) return;
        long tenant = TenantContext.requireTenant().value();
        for (SystemAccount a : SystemAccount.values()) {
            jdbc.sql("""
                            insert into account (tenant_id, code, name, type, normal_side, system_key)
                            values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                    .params(tenant, a.code(), a.label(), a.type().name(), a.type().normalSide().name(), a.name())
                    .update();
        }
    }

    public long idOf(SystemAccount account) {
        ensure();
        return jdbc.sql("select id from account where system_key = ?").param(account.name()).query(Long.class)
                .optional().orElseThrow(() -> new IllegalStateException("The chart lacks the system account " + account
                        + " (its code is taken by another account)"));
    }

    /** The chart, seeded first if this is the tenant's first use: a writing transaction, never a read-only one. */
    public List<Account> all() {
        ensure();
        return listed();
    }

    /** The accounts as they are, without seeding: for callers inside a read-only transaction. */
    @Transactional(readOnly = true)
    List<Account> listed() {
        return jdbc.sql("select id, code, name, type, normal_side, system_key from account order by code")
                .query((rs, n) -> new Account(rs.getLong(1), rs.getString(2), rs.getString(3),
                        AccountType.valueOf(rs.getString(4)), AccountType.Side.valueOf(rs.getString(5)), rs.getString(6)))
                .list();
    }

    public Account get(long id) {
        return all().stream().filter(a -> a.id() == id).findFirst().orElseThrow(() -> new RecordNotFound("Account", id));
    }

    /** Adds a user's own account (never a system one); codes are unique ignoring case. */
    public long add(String code, String name, AccountType type) {
        ensure();
        if (code == null || code.isBlank()) throw new BusinessRuleViolated("code", "The account needs a code.");
        if (name == null || name.isBlank()) throw new BusinessRuleViolated("name", "The account needs a name.");
        if (type == null) throw new BusinessRuleViolated("type", "Choose the account's type.");
        boolean taken = jdbc.sql("select exists (select 1 from account where lower(code) = lower(?))")
                .param(code.trim()).query(Boolean.class).single();
        if (taken) throw new AccountCodeTaken(code.trim());
        return jdbc.sql("""
                        insert into account (tenant_id, code, name, type, normal_side) values (?, ?, ?, ?, ?)
                        returning id""")
                .params(TenantContext.requireTenant().value(), code.trim(), name.trim(), type.name(),
                        type.normalSide().name())
                .query(Long.class).single();
    }
}
