package com.jeweltrak.contacts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A balance a module keeps per contact (AR, store credit, deposits held, AP, partner equity), shown in the
 * merge preview (Consolidation R4: the balance after = the sum). Its rows move with the module's
 * {@link ContactReference}s, so the balance follows without further work; this only tells the person what
 * will be combined. None exists yet: accounting declares one as a bean when AR arrives.
 */
public interface ContactBalanceContributor {

    /** One line of the preview: "AR balance", the primary's amount, what the secondaries bring, the sum. */
    record BalanceLine(String label, BigDecimal primary, BigDecimal secondaries) {
        public BigDecimal after() {
            return primary.add(secondaries);
        }
    }

    /** The line for this merge, or empty when neither side has such a balance. */
    Optional<BalanceLine> balance(ContactId primary, List<ContactId> secondaries);
}
