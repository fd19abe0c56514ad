package com.jeweltrak.inventory.styles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.JewelryDetails;
import com.jeweltrak.inventory.NewStock;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.files.FileId;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The style catalog on the real database (04-inventory §Style Catalog). */
@IntegrationTest
class StyleCatalogTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;

    @Autowired SavingAStyle saving;
    @Autowired RetiringAStyle retiring;
    @Autowired Styles styles;
    @Autowired StyleLinks links;
    @Autowired StylePhotos photos;
    @Autowired ReceivingAnItem receiving;
    @Autowired com.jeweltrak.inventory.Items items;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void openTenants(@Autowired TestTenants tenants) {
        tenant = tenants.open("styles");
        other = tenants.open("styles-other");
    }

    private <T> T as(TestTenants.Tenant t, Supplier<T> work) {
        return TenantContext.callAs(t.id(), t.owner().id(), () -> transactions.execute(s -> work.get()));
    }

    static Style style(String number) {
        return new Style(null, number, Family.JEWELRY, "Cathedral solitaire", null, "Ring", "White Gold", "14K",
                new BigDecimal("3.5"), new BigDecimal("4.2"), "6.5 mm head", new BigDecimal("400"), null, null, true);
    }

    private static String number() {
        return "R-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private ItemId itemFrom(StyleId style) {
        return as(tenant, () -> {
            ItemId id = receiving.receive(new Item(null, 0, tenant.store(), "Ring", null, "Cathedral solitaire", null, true,
                    LocalDate.of(2026, 11, 1), new BigDecimal("400"), null, null,
                    new JewelryDetails("White Gold", "14K", null, null, null, null, null)), NewStock.one());
            links.madeFrom(id, style);
            return id;
        });
    }

    // 04-inventory §Style Catalog R9: one style per number in a tenant, however it is capitalised
    @Test
    void styleNumberIsUniquePerTenantWhateverItsCase() {
        String number = number();
        as(tenant, () -> saving.add(style(number)));
        assertThatThrownBy(() -> as(tenant, () -> saving.add(style(" " + number.toLowerCase() + " "))))
                .isInstanceOf(StyleNumberTaken.class).hasMessageContaining(number.toLowerCase());
    }

    // R9: another tenant's catalog is its own; the same number is free there
    @Test
    void anotherTenantMayUseTheSameStyleNumber() {
        String number = number();
        as(tenant, () -> saving.add(style(number)));
        StyleId theirs = as(other, () -> saving.add(style(number)));
        assertThat(as(other, () -> styles.get(theirs)).styleNumber()).isEqualTo(number);
        assertThat(as(tenant, () -> styles.find(theirs))).isEmpty();
    }

    // R10: a style items were made from is deactivated, never deleted
    @Test
    void styleWithItemsCannotBeDeleted() {
        StyleId id = as(tenant, () -> saving.add(style(number())));
        itemFrom(id);
        assertThatThrownBy(() -> as(tenant, () -> { retiring.delete(id); return null; }))
                .isInstanceOf(StyleHasItems.class).hasMessageContaining("deactivate");
        assertThat(as(tenant, () -> styles.find(id))).isPresent();
    }

    // R10: an unused style may be deleted
    @Test
    void styleWithoutItemsCanBeDeleted() {
        StyleId id = as(tenant, () -> saving.add(style(number())));
        as(tenant, () -> { retiring.delete(id); return null; });
        assertThat(as(tenant, () -> styles.find(id))).isEmpty();
    }

    // R10: deactivated styles are hidden from the "From style" picker
    @Test
    void inactiveStyleIsHiddenFromThePicker() {
        String number = number();
        StyleId id = as(tenant, () -> saving.add(style(number)));
        assertThat(as(tenant, () -> styles.pick(Family.JEWELRY, number, 10))).extracting(Style::id).containsExactly(id);
        as(tenant, () -> { retiring.setActive(id, false); return null; });
        assertThat(as(tenant, () -> styles.pick(Family.JEWELRY, number, 10))).isEmpty();
        assertThat(as(tenant, () -> styles.page(number, false, 0, 10).content())).isEmpty();
        assertThat(as(tenant, () -> styles.page(number, true, 0, 10).content())).extracting(Style::id).containsExactly(id);
    }

    // R8: the item copied the style's values; editing the style later changes no item
    @Test
    void editingAStyleLeavesItemsMadeFromItAlone() {
        String number = number();
        StyleId id = as(tenant, () -> saving.add(style(number)));
        ItemId item = itemFrom(id);
        Style edited = new Style(id, number, Family.JEWELRY, "Six-prong solitaire", null, "Ring", "Platinum", "PT950",
                null, null, null, new BigDecimal("900"), null, null, true);
        as(tenant, () -> { saving.update(id, edited); return null; });
        assertThat(as(tenant, () -> links.styleOf(item))).map(Style::description).contains("Six-prong solitaire");
        Item unchanged = as(tenant, () -> items.get(item));
        assertThat(unchanged.description()).isEqualTo("Cathedral solitaire");
        assertThat(unchanged.cost()).isEqualByComparingTo("400");
        assertThat(((JewelryDetails) unchanged.details()).metal()).isEqualTo("White Gold");
    }

    // R8: a style items were made from stays in their family
    @Test
    void styleWithItemsKeepsItsFamily() {
        String number = number();
        StyleId id = as(tenant, () -> saving.add(style(number)));
        itemFrom(id);
        Style watch = new Style(id, number, Family.WATCH, null, null, null, null, null, null, null, null, null, null, null, true);
        assertThatThrownBy(() -> as(tenant, () -> { saving.update(id, watch); return null; }))
                .isInstanceOf(BusinessRuleViolated.class).extracting("field").isEqualTo("family");
    }

    // R4, R10: an item cannot be made from an inactive style
    @Test
    void anItemCannotBeMadeFromAnInactiveStyle() {
        StyleId id = as(tenant, () -> saving.add(style(number())));
        as(tenant, () -> { retiring.setActive(id, false); return null; });
        assertThatThrownBy(() -> itemFrom(id)).isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("inactive");
    }

    // R2, R4: a style's photos, the first primary, are the file ids an item made from it starts with
    @Test
    void stylePhotosComePrimaryFirstForItemsMadeFromTheStyle() {
        StyleId id = as(tenant, () -> saving.add(style(number())));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3};
        FileId first = as(tenant, () -> photos.add(id, "front.png", "image/png", png));
        FileId second = as(tenant, () -> photos.add(id, "side.png", "image/png", png));
        assertThat(as(tenant, () -> photos.fileIdsOf(id))).containsExactly(first, second);
        as(tenant, () -> { photos.makePrimary(id, second); return null; });
        assertThat(as(tenant, () -> photos.fileIdsOf(id))).containsExactly(second, first);
        as(tenant, () -> { photos.remove(id, second); return null; });
        assertThat(as(tenant, () -> photos.of(id))).singleElement().satisfies(p -> assertThat(p.primary()).isTrue());
    }

    // R2: a style photo is an image; a PDF is refused beside the photo field
    @Test
    void aPdfIsNotAStylePhoto() {
        StyleId id = as(tenant, () -> saving.add(style(number())));
        assertThatThrownBy(() -> as(tenant, () -> photos.add(id, "spec.pdf", "application/pdf", "%PDF-1.4 x".getBytes())))
                .isInstanceOf(BusinessRuleViolated.class).extracting("field").isEqualTo("photo");
    }
}
