package com.jeweltrak.partnerships;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.sales.ChangingALine;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.PaymentMethod;
import com.jeweltrak.sales.TakingATender;
import com.jeweltrak.support.TestTenants;
import org.springframework.stereotype.Component;

/**
 * Sold and reconciled partnerships for the report and audit tests (P3), through the real use cases: the owed sale is
 * the one recorded when the invoice was finalized, the reconciliation is {@link ReconcilingAPartnership}'s, and a
 * Sell to Partner settlement reconciles itself when its invoice is paid in full.
 */
@Component
public class PartnershipReportFixtures {

    private final PartnershipFixtures fixtures;
    private final Partnerships partnerships;
    private final Reconciliations reconciliations;
    private final ReconcilingAPartnership reconciling;
    private final SellingToAPartner selling;
    private final ChangingALine changing;
    private final TakingATender tenders;

    PartnershipReportFixtures(PartnershipFixtures fixtures, Partnerships partnerships, Reconciliations reconciliations,
                              ReconcilingAPartnership reconciling, SellingToAPartner selling, ChangingALine changing,
                              TakingATender tenders) {
        this.fixtures = fixtures;
        this.partnerships = partnerships;
        this.reconciliations = reconciliations;
        this.reconciling = reconciling;
        this.selling = selling;
        this.changing = changing;
        this.tenders = tenders;
    }

    /** The owed OwnerSold sale recorded when the partnership's item was sold on a finalized invoice. */
    public long owedSale(TestTenants.Tenant tenant, PartnershipId partnership) {
        return fixtures.tx(tenant, () -> partnerships.owedSale(partnership).orElseThrow().id());
    }

    /**
     * The owed sale reconciled at the suggested payouts, paid in cash on {@code date}, except {@code changed}'s payout
     * set to {@code payout} with {@code reason}. The snapshot's id.
     */
    public long reconcileOwnerSold(TestTenants.Tenant tenant, PartnershipId id, LocalDate date, ContactId changed,
                                   String payout, String reason) {
        List<ReconcilingAPartnership.Payment> payments = fixtures.partnership(tenant, id).partners().stream()
                .map(p -> p.contact().equals(changed)
                        ? new ReconcilingAPartnership.Payment(p.contact(), new BigDecimal(payout), date, "Cash", null, null, reason)
                        : new ReconcilingAPartnership.Payment(p.contact(), null, date, "Cash", null, null, null))
                .toList();
        return fixtures.as(tenant, () -> reconciling.reconcile(id, payments));
    }

    /**
     * Sell to Partner (R11–R13): the settlement invoice to {@code partner}, priced at what they remit, finalized and
     * paid in full in cash — the partnership reconciles itself as PartnerSold. The settlement invoice.
     */
    public InvoiceId soldToPartner(TestTenants.Tenant tenant, PartnershipId id, ContactId partner, String remitted) {
        Partnership partnership = fixtures.partnership(tenant, id);
        InvoiceId settlement = fixtures.as(tenant, () -> selling.sell(partnership.item(), partner));
        long line = fixtures.lineOf(tenant, settlement);
        fixtures.as(tenant, () -> {
            changing.change(settlement, line, new ChangingALine.Request(null, null, new BigDecimal(remitted), null, null));
            fixtures.finalizeInvoice(settlement);
            return tenders.take(settlement, new TakingATender.Request(PaymentMethod.CASH, new BigDecimal(remitted), null,
                    null, null, null));
        });
        return settlement;
    }

    /** The partnership's reconciliation in force. */
    public long standing(TestTenants.Tenant tenant, PartnershipId id) {
        return fixtures.tx(tenant, () -> reconciliations.standing(id).orElseThrow().id());
    }
}
