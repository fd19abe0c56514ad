package com.jeweltrak.inventory.styles;

import java.math.BigDecimal;
import java.util.List;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.inventory.Family;
import com.jeweltrak.platform.demo.DemoDataContributor;
import com.jeweltrak.platform.demo.DemoSize;
import com.jeweltrak.platform.demo.DemoTenant;
import org.springframework.stereotype.Component;

/** A small style catalog for the demo (04-inventory §Style Catalog): a shop's house designs, one of them retired. */
@Component
class StyleDemoData implements DemoDataContributor {

    private record Design(String number, Family family, String description, String category, String metal, String karat,
                          String min, String max, String cost, String retail) {
    }

    private static final List<Design> DESIGNS = List.of(
            new Design("JT-R100", Family.JEWELRY, "Cathedral solitaire engagement ring, 6.5 mm round head", "Engagement Ring",
                    "White Gold", "14K", "3.2", "3.8", "420", "1295"),
            new Design("JT-R110", Family.JEWELRY, "Milgrain halo ring for a 1 ct round center", "Engagement Ring",
                    "Platinum", "PT950", "5.5", "6.2", "980", null),
            new Design("JT-B200", Family.JEWELRY, "Comfort-fit wedding band, 4 mm", "Wedding Band", "Yellow Gold", "14K",
                    "4.0", "5.5", "260", "695"),
            new Design("JT-P300", Family.JEWELRY, "Bezel-set solitaire pendant on an 18 in cable chain", "Pendant",
                    "Yellow Gold", "14K", "1.6", "2.0", "180", "495"),
            new Design("JT-E400", Family.JEWELRY, "Four-prong martini stud earrings, screw backs", "Earrings", "White Gold",
                    "14K", "0.9", "1.2", "150", null),
            new Design("JT-T500", Family.JEWELRY, "Tennis bracelet, 3 mm four-prong links", "Bracelet", "White Gold", "14K",
                    "8.5", "10.5", "900", "2495"),
            new Design("JT-W600", Family.WATCH, "Steel dress watch, 38 mm, sapphire crystal", "Watch", "Stainless Steel", null,
                    null, null, "310", "850"),
            new Design("JT-R090", Family.JEWELRY, "Six-prong solitaire (replaced by JT-R100)", "Engagement Ring",
                    "White Gold", "14K", "3.0", "3.6", "390", "1195"));

    private final SavingAStyle saving;
    private final RetiringAStyle retiring;
    private final Contacts contacts;

    StyleDemoData(SavingAStyle saving, RetiringAStyle retiring, Contacts contacts) {
        this.saving = saving;
        this.retiring = retiring;
        this.contacts = contacts;
    }

    @Override
    public int order() {
        return 210;
    }

    @Override
    public void contribute(DemoTenant tenant, DemoSize size) {
        if (size == DemoSize.NONE) return;
        List<Contact> vendors = contacts.pick(ContactRole.VENDOR, null, false, 10);
        for (int i = 0; i < DESIGNS.size(); i++) {
            Design d = DESIGNS.get(i);
            StyleId id = saving.add(new Style(null, d.number(), d.family(), d.description(),
                    vendors.isEmpty() ? null : vendors.get(i % vendors.size()).id(), d.category(), d.metal(), d.karat(),
                    decimal(d.min()), decimal(d.max()), null, decimal(d.cost()), decimal(d.retail()), null, true));
            if (d.description().startsWith("Six-prong")) retiring.setActive(id, false);
        }
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
