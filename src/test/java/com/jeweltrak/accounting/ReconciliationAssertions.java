package com.jeweltrak.accounting;

import java.util.List;

import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.TestTenants;
import org.springframework.stereotype.Component;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 point 9: every {@link ReconciliationCheck} bean agrees for a tenant — AR control = Σ customer sub-ledger =
 * Σ customer balances from the documents, every liability = its documents, trial balance debits = credits. Tests call
 * it after they changed money; it names the check that disagrees with both figures.
 */
@Component
public class ReconciliationAssertions {

    private final Reconciliation reconciliation;

    ReconciliationAssertions(Reconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    /** As the tenant's owner. */
    public void assertAllAgree(TestTenants.Tenant tenant) {
        TenantContext.runAs(tenant.id(), tenant.owner().id(), this::assertAllAgree);
    }

    /** In the tenant (and transaction, if any) the caller is in. */
    public void assertAllAgree() {
        List<Reconciled> checks = reconciliation.run();
        assertThat(checks).as("reconciliation checks").isNotEmpty();
        for (Reconciled check : checks) {
            assertThat(check.books()).as("%s: books %s vs documents %s", check.name(), check.books(), check.documents())
                    .isEqualByComparingTo(check.documents());
        }
    }
}
