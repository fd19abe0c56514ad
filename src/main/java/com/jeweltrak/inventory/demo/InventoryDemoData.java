package com.jeweltrak.inventory.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.MovementKind;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.inventory.StockLedger;
import com.jeweltrak.platform.demo.DemoDataContributor;
import com.jeweltrak.platform.demo.DemoSize;
import com.jeweltrak.platform.demo.DemoTenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo's stock (04-inventory §0, §Adding Inventory Items): items of all five families spread over the
 * demo stores, bought from the contacts demo's vendors over the past three years, every one received through
 * {@link ReceivingAnItem} (StockID, receive movement, search entry) and about a fifth of them sold through the
 * {@link StockLedger}, so the lists show sold and in-stock items. Seeded, so every demo is the same.
 * SMALL is the newcomer's ~2,500 items; LARGE is the benchmark tenant's 200,000 (issue 12), made by the
 * same loop — items are made and forgotten one at a time, so nothing grows in memory with the count.
 */
@Component
class InventoryDemoData implements DemoDataContributor {

    static final String SALE_REASON = "Demo sale";

    private static final Logger log = LoggerFactory.getLogger(InventoryDemoData.class);

    private final ReceivingAnItem receiving;
    private final StockLedger ledger;
    private final Contacts contacts;
    private final Clock clock;

    InventoryDemoData(ReceivingAnItem receiving, StockLedger ledger, Contacts contacts, Clock clock) {
        this.receiving = receiving;
        this.ledger = ledger;
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 200;
    }

    /** How many of each family: SMALL as the demo brief says; LARGE the same mix at 80× (200,000 items). */
    static int count(Family family, DemoSize size) {
        int small = switch (family) {
            case JEWELRY -> 1_300;
            case WATCH -> 250;
            case DIAMOND -> 600;
            case COLORED_STONE -> 250;
            case PEARL -> 100;
        };
        return switch (size) {
            case NONE -> 0;
            case SMALL -> small;
            case LARGE -> small * 80;
        };
    }

    @Override
    public void contribute(DemoTenant tenant, DemoSize size) {
        long started = System.nanoTime();
        Random random = new Random(200);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("America/New_York")));
        List<Contact> vendors = contacts.pick(ContactRole.VENDOR, null, false, 500);
        DemoItemDrafts drafts = new DemoItemDrafts(random, today, tenant.stores(), vendors);
        int made = 0;
        int sold = 0;
        for (Family family : Family.values()) {
            int count = count(family, size);
            for (int i = 0; i < count; i++) {
                DemoItemDrafts.Planned planned = drafts.next(family);
                ItemId id = receiving.receive(planned.draft(), planned.stock());
                made++;
                // about one in five is sold; of a lot (chains, findings, parcels) one piece goes
                if (random.nextInt(100) < 20) {
                    sell(id, planned);
                    sold++;
                }
                if (made % 10_000 == 0) log.info("Demo inventory: {} items so far", made);
            }
        }
        log.info("Demo inventory: {} items ({} with a sale) in {} ms", made, sold, (System.nanoTime() - started) / 1_000_000);
    }

    private void sell(ItemId id, DemoItemDrafts.Planned planned) {
        BigDecimal quantity = planned.stock().quantity();
        BigDecimal carats = planned.stock().carats();
        BigDecimal soldPieces = quantity.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : quantity;
        BigDecimal soldCarats = carats == null ? null
                : soldPieces.compareTo(quantity) == 0 ? carats
                : carats.divide(quantity, 3, RoundingMode.DOWN).max(new BigDecimal("0.001"));
        ledger.record(id, new StockLedger.Movement(MovementKind.SALE, soldPieces.negate(), null,
                soldCarats == null ? null : soldCarats.negate(), SALE_REASON, null, null));
    }
}
