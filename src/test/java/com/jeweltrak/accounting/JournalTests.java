package com.jeweltrak.accounting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;

import com.jeweltrak.platform.tenancy.Organizations;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The journal on the real database (design §4 "Money is a ledger", 08-accounting §Period Close). */
@IntegrationTest
class JournalTests {

    static TestTenants.Tenant tenant;

    @Autowired TestTenants tenants;
    @Autowired Journal journal;
    @Autowired ChartOfAccounts chart;
    @Autowired Books books;
    @Autowired Organizations organizations;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @BeforeEach
    void tenant() {
        if (tenant == null) tenant = tenants.open("journal");
    }

    private <T> T as(Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> work.get()));
    }

    private long cashSale(String amount) {
        return as(() -> journal.post(Posting.of(DAY, tenant.store(), "TEST", 1L, "T-1", "TEST", "cash sale")
                .debit(SystemAccount.CASH, new BigDecimal(amount))
                .credit(SystemAccount.SALES, new BigDecimal(amount))).orElseThrow());
    }

    // design §4: debits = credits enforced by the database as well — at commit, whatever the code did
    @Test
    void theDatabaseRefusesAnUnbalancedEntryAtCommit() {
        long cash = as(() -> chart.idOf(SystemAccount.CASH));
        long sales = as(() -> chart.idOf(SystemAccount.SALES));
        assertThatThrownBy(() -> as(() -> {
            long entry = jdbc.sql("""
                            insert into journal_entry (tenant_id, entry_date, document_type, posting)
                            values (?, ?, 'TEST', 'TEST') returning id""")
                    .params(tenant.id().value(), DAY).query(Long.class).single();
            jdbc.sql("insert into journal_line (tenant_id, entry_id, account_id, debit) values (?, ?, ?, 100)")
                    .params(tenant.id().value(), entry, cash).update();
            jdbc.sql("insert into journal_line (tenant_id, entry_id, account_id, credit) values (?, ?, ?, 99.99)")
                    .params(tenant.id().value(), entry, sales).update();
            return entry;
        })).hasMessageContaining("not balanced");
    }

    // design §4: the lines of one entry may be written one by one; only the committed whole must balance
    @Test
    void aBalancedEntryWrittenLineByLineCommits() {
        long cash = as(() -> chart.idOf(SystemAccount.CASH));
        long sales = as(() -> chart.idOf(SystemAccount.SALES));
        long entry = as(() -> {
            long id = jdbc.sql("""
                            insert into journal_entry (tenant_id, entry_date, document_type, posting)
                            values (?, ?, 'TEST', 'TEST') returning id""")
                    .params(tenant.id().value(), DAY).query(Long.class).single();
            jdbc.sql("insert into journal_line (tenant_id, entry_id, account_id, debit) values (?, ?, ?, 12.50)")
                    .params(tenant.id().value(), id, cash).update();
            jdbc.sql("insert into journal_line (tenant_id, entry_id, account_id, credit) values (?, ?, ?, 12.50)")
                    .params(tenant.id().value(), id, sales).update();
            return id;
        });
        assertThat(as(() -> jdbc.sql("select count(*) from journal_line where entry_id = ?").param(entry)
                .query(Long.class).single())).isEqualTo(2);
    }

    // design §4: the code refuses an unbalanced entry before the database has to
    @Test
    void theJournalRefusesAnUnbalancedPosting() {
        assertThatThrownBy(() -> as(() -> journal.post(Posting.of(DAY, tenant.store(), "TEST", 1L, null, "TEST", null)
                .debit(SystemAccount.CASH, new BigDecimal("10.00"))
                .credit(SystemAccount.SALES, new BigDecimal("9.00")))))
                .isInstanceOf(EntryNotBalanced.class);
    }

    // design §4: entries are never edited or deleted by the application, only reversed
    @Test
    void theApplicationCannotUpdateOrDeleteEntriesOrTheirAmounts() {
        long entry = cashSale("20.00");
        assertThatThrownBy(() -> as(() -> jdbc.sql("update journal_entry set memo = 'changed' where id = ?").param(entry).update()))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> as(() -> jdbc.sql("update journal_line set debit = credit, credit = debit where entry_id = ?")
                .param(entry).update())).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> as(() -> jdbc.sql("delete from journal_line where entry_id = ?").param(entry).update()))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> as(() -> jdbc.sql("delete from journal_entry where id = ?").param(entry).update()))
                .rootCause().hasMessageContaining("permission denied");
    }

    // design §4: a correction is a reversal, which swaps debits and credits
    @Test
    void aReversalSwapsEveryLine() {
        BigDecimal before = as(() -> books.balance(SystemAccount.CASH));
        long entry = cashSale("30.00");
        long reversal = as(() -> journal.reverse(entry, DAY.plusDays(1), "mistake"));
        assertThat(as(() -> books.balance(SystemAccount.CASH))).isEqualByComparingTo(before);
        assertThat(as(() -> jdbc.sql("select reverses_entry_id from journal_entry where id = ?").param(reversal)
                .query(Long.class).single())).isEqualTo(entry);
    }

    // design §4: one reversal per entry, never two
    @Test
    void anEntryIsReversedOnlyOnce() {
        long entry = cashSale("40.00");
        as(() -> journal.reverse(entry, DAY, "first"));
        assertThatThrownBy(() -> as(() -> journal.reverse(entry, DAY, "second"))).isInstanceOf(EntryAlreadyReversed.class);
    }

    // decision 10: posted amounts are cents
    @Test
    void postedAmountsAreRoundedToCents() {
        long entry = as(() -> journal.post(Posting.of(DAY, tenant.store(), "TEST", 2L, null, "TEST", null)
                .debit(SystemAccount.CASH, new BigDecimal("10.005"))
                .credit(SystemAccount.SALES, new BigDecimal("10.005"))).orElseThrow());
        assertThat(as(() -> jdbc.sql("select debit from journal_line where entry_id = ? and debit > 0").param(entry)
                .query(BigDecimal.class).single())).isEqualByComparingTo("10.01");
    }

    // 08-accounting §Period Close R1: posting into the closed period is refused, by the code and by the database
    @Test
    void nothingIsPostedOnOrBeforeClosedThrough() {
        TestTenants.Tenant closed = tenants.open("journal-closed");
        TenantContext.runAs(closed.id(), closed.owner().id(), () -> transactions.executeWithoutResult(s ->
                organizations.update(withClosedThrough(organizations.get(), DAY))));
        assertThatThrownBy(() -> TenantContext.callAs(closed.id(), closed.owner().id(), () -> transactions.execute(s ->
                journal.post(Posting.of(DAY, closed.store(), "TEST", 1L, null, "TEST", null)
                        .debit(SystemAccount.CASH, BigDecimal.TEN).credit(SystemAccount.SALES, BigDecimal.TEN)))))
                .isInstanceOf(PeriodIsClosed.class);
        assertThatThrownBy(() -> TenantContext.callAs(closed.id(), closed.owner().id(), () -> transactions.execute(s ->
                jdbc.sql("insert into journal_entry (tenant_id, entry_date, document_type, posting) values (?, ?, 'T', 'T')")
                        .params(closed.id().value(), DAY.minusDays(3)).update())))
                .hasMessageContaining("closed period");
    }

    // 08-accounting §Period Close R2: the day after Closed Through is open
    @Test
    void theDayAfterClosedThroughIsOpen() {
        TestTenants.Tenant closed = tenants.open("journal-open-day");
        TenantContext.runAs(closed.id(), closed.owner().id(), () -> transactions.executeWithoutResult(s ->
                organizations.update(withClosedThrough(organizations.get(), DAY))));
        var posted = TenantContext.callAs(closed.id(), closed.owner().id(), () -> transactions.execute(s ->
                journal.post(Posting.of(DAY.plusDays(1), closed.store(), "TEST", 1L, null, "TEST", null)
                        .debit(SystemAccount.CASH, BigDecimal.TEN).credit(SystemAccount.SALES, BigDecimal.TEN))));
        assertThat(posted).isPresent();
    }

    // issue 6 point 1: the chart is seeded for tenants that existed before the books, once
    @Test
    void theChartIsSeededOnceOnFirstUse() {
        TestTenants.Tenant fresh = tenants.open("journal-chart");
        int first = TenantContext.callAs(fresh.id(), null, () -> transactions.execute(s -> chart.all().size()));
        TenantContext.runAs(fresh.id(), null, () -> transactions.executeWithoutResult(s -> chart.ensure()));
        int second = TenantContext.callAs(fresh.id(), null, () -> transactions.execute(s -> chart.all().size()));
        assertThat(first).isEqualTo(SystemAccount.values().length).isEqualTo(second);
    }

    // 08-accounting: a user may add an account of their own; codes are unique
    @Test
    void anAccountCodeCannotBeUsedTwice() {
        as(() -> chart.add("7000-" + System.nanoTime() % 1000, "Bank fees", AccountType.EXPENSE));
        assertThatThrownBy(() -> as(() -> chart.add(SystemAccount.CASH.code(), "Petty cash", AccountType.ASSET)))
                .isInstanceOf(AccountCodeTaken.class);
    }

    static com.jeweltrak.platform.tenancy.Organization withClosedThrough(com.jeweltrak.platform.tenancy.Organization o,
                                                                        LocalDate date) {
        return new com.jeweltrak.platform.tenancy.Organization(o.id(), o.name(), o.businessType(), date,
                o.openMemoReminderDays(), o.birthdayAnniversaryReminderDays(), o.defaultGoldCost(), o.defaultSilverCost(),
                o.defaultGoldCastingLaborRate(), o.goldWeightUnit());
    }

    // Period Close R1 under concurrency: a posting that meets a close in flight waits for it and is then refused,
    // never slipping into the period being closed
    @Test
    void aPostingRacingACloseOfItsPeriodIsRefused() throws Exception {
        TestTenants.Tenant racing = tenants.open("close-race");
        java.util.concurrent.CountDownLatch closing = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread closer = new Thread(() -> TenantContext.runAs(racing.id(), racing.owner().id(), () ->
                transactions.executeWithoutResult(s -> {
                    jdbc.sql("update tenant set closed_through = ?").param(DAY).update();
                    closing.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                })));
        closer.start();
        closing.await();
        var poster = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            var posting = poster.submit(() -> TenantContext.callAs(racing.id(), racing.owner().id(), () ->
                    transactions.execute(s -> journal.post(Posting.of(DAY, racing.store(), "TEST", 1L, null, "TEST", null)
                            .debit(SystemAccount.CASH, new java.math.BigDecimal("10"))
                            .credit(SystemAccount.SALES, new java.math.BigDecimal("10"))))));
            Thread.sleep(500); // the posting is now waiting on the close's lock (or, before the fix, already written)
            release.countDown();
            closer.join();
            assertThatThrownBy(posting::get).isInstanceOf(java.util.concurrent.ExecutionException.class);
        } finally {
            release.countDown();
            poster.shutdownNow();
        }
        long entries = TenantContext.callAs(racing.id(), racing.owner().id(), () -> transactions.execute(s ->
                jdbc.sql("select count(*) from journal_entry").query(Long.class).single()));
        assertThat(entries).isZero();
    }
}
