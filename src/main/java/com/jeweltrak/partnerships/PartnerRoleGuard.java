package com.jeweltrak.partnerships;

import java.util.Optional;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.RoleRemovalGuard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Unified Contacts R11: a contact keeps the Partner role while a partnership of theirs is active or owes a payout. */
@Component
class PartnerRoleGuard implements RoleRemovalGuard {

    private final JdbcClient jdbc;

    PartnerRoleGuard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> reasonToKeep(ContactId contact, ContactRole role) {
        if (role != ContactRole.PARTNER) return Optional.empty();
        long live = jdbc.sql("""
                        select count(*) from partnership_partner pp
                        join partnership p on p.tenant_id = pp.tenant_id and p.id = pp.partnership_id
                        where pp.contact_id = ? and p.status in ('ACTIVE', 'SOLD')""")
                .param(contact.value()).query(Long.class).single();
        return live == 0 ? Optional.empty()
                : Optional.of("is a partner on " + live + (live == 1 ? " active or unreconciled partnership" : " active or unreconciled partnerships"));
    }
}
