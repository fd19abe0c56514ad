package com.jeweltrak.partnerships;

import static com.jeweltrak.partnerships.PartnershipFixtures.owner;
import static com.jeweltrak.partnerships.PartnershipFixtures.profitOnly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Partnership tab's rules on the real database (02-sales §Partnerships Data, R1–R3; issue 8 point 1). */
@IntegrationTest
class SettingUpAPartnershipTests {

    static TestTenants.Tenant tenant;
    static ContactId pat;
    static ContactId finn;

    @Autowired PartnershipFixtures fixtures;
    @Autowired SettingUpAPartnership settingUp;
    @Autowired Contacts contacts;
    @Autowired Items items;
    @Autowired com.jeweltrak.contacts.ContactRoles roles;
    @Autowired com.jeweltrak.contacts.merging.MergingContacts merging;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired PartnershipFixtures fixtures) {
        tenant = tenants.open("partnership-setup");
        pat = fixtures.contact(tenant, "Pat", "Partner", true);
        finn = fixtures.contact(tenant, "Finn", "Finder", true);
    }

    @Test
    void savingAPartnershipRecordsItsPartnersAndSplits() {
        // 02-sales §Partnerships Data, R2: several partners, splits stack
        ItemId item = fixtures.item(tenant, "8000");
        PartnershipId id = fixtures.setUp(tenant, item, "10000", owner(pat, "40"), profitOnly(finn, "10"));
        Partnership saved = fixtures.partnership(tenant, id);
        assertThat(saved.status()).isEqualTo(PartnershipStatus.ACTIVE);
        assertThat(saved.cycle()).isEqualTo(1);
        assertThat(saved.partnershipValue()).isEqualByComparingTo("10000");
        assertThat(saved.partners()).extracting(PartnerShare::contact).containsExactly(pat, finn);
    }

    @Test
    void splitsOverOneHundredPercentAreRefused() {
        // 02-sales §Partnerships R2; issue 8 bad input
        ItemId item = fixtures.item(tenant, "1000");
        assertThatThrownBy(() -> fixtures.setUp(tenant, item, null, owner(pat, "70"), profitOnly(finn, "40")))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("110 %");
        assertThat(fixtures.count(tenant, "select count(*) from partnership where item_id = ?", item.value())).isZero();
    }

    @Test
    void aContactWithoutThePartnerRoleGainsIt() {
        // issue 8 bad input: "a partner without the partner role (added automatically per Unified Contacts)" — R7
        ContactId cora = fixtures.contact(tenant, "Cora", "Customer", false);
        ItemId item = fixtures.item(tenant, "1000");
        fixtures.setUp(tenant, item, null, owner(cora, "50"));
        assertThat(fixtures.tx(tenant, () -> contacts.get(cora)).hasRole(ContactRole.PARTNER)).isTrue();
    }

    @Test
    void savingAgainChangesTheSameCycle() {
        // 02-sales §Partnerships R2: the tab edits the live partnership, it does not stack cycles
        ItemId item = fixtures.item(tenant, "1000");
        PartnershipId first = fixtures.setUp(tenant, item, null, owner(pat, "50"));
        PartnershipId second = fixtures.setUp(tenant, item, null, owner(pat, "30"), profitOnly(finn, "5"));
        assertThat(second).isEqualTo(first);
        assertThat(fixtures.partnership(tenant, first).partners()).hasSize(2);
    }

    @Test
    void actualCostIsTheItemsOwnCost() {
        // 02-sales §Partnerships Data: Actual Cost is the item's cost — one cost, edited through inventory
        ItemId item = fixtures.item(tenant, "1000");
        fixtures.as(tenant, () -> settingUp.save(item, new SettingUpAPartnership.Terms(new BigDecimal("1200"), null,
                List.of(owner(pat, "50")))));
        assertThat(fixtures.tx(tenant, () -> items.get(item)).cost()).isEqualByComparingTo("1200");
    }

    @Test
    void ownerPartnersCapitalIsPostedToTheirPartnerEquity() {
        // 02-sales §Partnerships (books): each Owner-% partner funded PV × % — Dr Owner's equity / Cr Partner equity
        ContactId ava = fixtures.contact(tenant, "Ava", "Capital", true);
        ItemId item = fixtures.item(tenant, "10000");
        fixtures.setUp(tenant, item, null, owner(ava, "50"));
        assertThat(fixtures.partnerEquity(tenant, ava)).isEqualByComparingTo("5000");
    }

    @Test
    void savingAgainReplacesTheCapitalEntry() {
        // the standing capital entry is reversed and the current one posted: equity follows the latest split
        ContactId bo = fixtures.contact(tenant, "Bo", "Capital", true);
        ItemId item = fixtures.item(tenant, "10000");
        fixtures.setUp(tenant, item, null, owner(bo, "50"));
        fixtures.setUp(tenant, item, null, owner(bo, "30"));
        assertThat(fixtures.partnerEquity(tenant, bo)).isEqualByComparingTo("3000");
    }

    @Test
    void profitOnlyPartnersFundNothing() {
        // article: "Profit Only … without claiming any of the cost"
        ContactId cy = fixtures.contact(tenant, "Cy", "Finder", true);
        ItemId item = fixtures.item(tenant, "10000");
        fixtures.setUp(tenant, item, null, profitOnly(cy, "10"));
        assertThat(fixtures.partnerEquity(tenant, cy)).isEqualByComparingTo("0");
    }

    @Test
    void aPartnerKeepsThePartnerRoleWhileTheirPartnershipIsActive() {
        // 07-contacts §Unified Contacts R11: open business in the role keeps it
        ContactId dee = fixtures.contact(tenant, "Dee", "Keeper", true);
        ItemId item = fixtures.item(tenant, "1000");
        fixtures.setUp(tenant, item, null, owner(dee, "20"));
        assertThatThrownBy(() -> fixtures.as(tenant, () -> {
            roles.remove(dee, ContactRole.PARTNER);
            return null;
        })).hasMessageContaining("partner on 1 active");
    }

    @Test
    void mergingTwoPartnersOfOneItemKeepsOneRowWithBothShares() {
        // 07-contacts §Consolidation R3: the partner rows move to the primary; one row per partner, the shares added
        ContactId eve = fixtures.contact(tenant, "Eve", "Primary", true);
        ContactId evie = fixtures.contact(tenant, "Evie", "Duplicate", true);
        ItemId item = fixtures.item(tenant, "1000");
        PartnershipId id = fixtures.setUp(tenant, item, null, owner(eve, "20"), owner(evie, "15"));
        fixtures.as(tenant, () -> merging.merge(eve, List.of(evie)));
        Partnership merged = fixtures.partnership(tenant, id);
        assertThat(merged.partners()).extracting(PartnerShare::contact).containsExactly(eve);
        assertThat(merged.partners().getFirst().percent()).isEqualByComparingTo("35");
    }
}
