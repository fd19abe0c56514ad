package com.jeweltrak.partnerships;

import com.jeweltrak.contacts.ContactReference;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The contact columns partnerships keeps, so a merge moves them (07-contacts §Consolidation R3). */
@Configuration(proxyBeanMethods = false)
class PartnershipContactReferences {

    /**
     * A partner once per partnership: when the primary already shares the same cycle, the secondary's percentage is
     * added to the primary's row (the same person funded both), then the secondary's row goes.
     */
    @Bean
    ContactReference partnershipPartnerReference() {
        return ContactReference.of("partnership_partner", "contact_id", "Partnerships",
                """
                        update partnership_partner p set percent = least(100, p.percent + s.percent),
                               selling_partner = p.selling_partner or s.selling_partner
                        from partnership_partner s
                        where p.contact_id = :primary and s.contact_id in (:secondaries)
                          and s.partnership_id = p.partnership_id""",
                """
                        delete from partnership_partner s where s.contact_id in (:secondaries)
                          and exists (select 1 from partnership_partner p
                                      where p.partnership_id = s.partnership_id and p.contact_id = :primary)""",
                "update partnership_partner set contact_id = :primary where contact_id in (:secondaries)");
    }

    @Bean
    ContactReference reconciledSellingPartnerReference() {
        return ContactReference.of("reconciled_partnership", "selling_partner_id", "Partnership reconciliations");
    }

    @Bean
    ContactReference reconciledPartnerReference() {
        return ContactReference.of("reconciled_partnership_detail", "contact_id", "Partnership payouts");
    }
}
