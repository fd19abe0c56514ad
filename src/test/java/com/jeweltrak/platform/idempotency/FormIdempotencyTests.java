package com.jeweltrak.platform.idempotency;

import java.util.concurrent.atomic.AtomicInteger;

import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Design §4: a form's hidden idempotency key makes a double submit do the work once. */
@IntegrationTest
class FormIdempotencyTests {

    static TestTenants.Tenant tenant;

    @Autowired FormIdempotency idempotency;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("form-idempotency");
    }

    private String submit(String key, String what, AtomicInteger runs) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> idempotency.once(key, what, () -> {
            runs.incrementAndGet();
            return "/sales/invoices/" + runs.get();
        }));
    }

    // design §4: a double submit with the form's key runs the action once and redirects where the first did
    @Test
    void aDoubleSubmitRunsTheActionOnce() {
        AtomicInteger runs = new AtomicInteger();
        String key = idempotency.newKey();
        String first = submit(key, "finalize 1", runs);
        String second = submit(key, "finalize 1", runs);
        assertThat(runs).hasValue(1);
        assertThat(second).isEqualTo(first);
    }

    // design §4: the same key for another action is refused
    @Test
    void theSameKeyForAnotherActionIsRefused() {
        AtomicInteger runs = new AtomicInteger();
        String key = idempotency.newKey();
        submit(key, "finalize 1", runs);
        assertThatThrownBy(() -> submit(key, "void 1", runs)).isInstanceOf(IdempotencyKeyReused.class);
        assertThat(runs).hasValue(1);
    }

    // a failed action leaves no trace: submitting again runs it
    @Test
    void aFailedActionMayBeSubmittedAgain() {
        String key = idempotency.newKey();
        assertThatThrownBy(() -> TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> idempotency.once(key, "pay 1",
                () -> { throw new IllegalStateException("card declined"); }))).isInstanceOf(IllegalStateException.class);
        AtomicInteger runs = new AtomicInteger();
        submit(key, "pay 1", runs);
        assertThat(runs).hasValue(1);
    }
}
