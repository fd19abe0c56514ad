package com.jeweltrak.contacts.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactChannel;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.contacts.PartialDate;
import com.jeweltrak.contacts.TaxStatus;
import com.jeweltrak.platform.demo.DemoDataContributor;
import com.jeweltrak.platform.demo.DemoSize;
import com.jeweltrak.platform.demo.DemoTenant;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.UserId;
import org.springframework.stereotype.Component;

/**
 * The demo's contacts: a few hundred customers of a two-store retailer, the vendors it buys from, two
 * partners, a goldsmith who is both vendor and customer, wholesale accounts, and one customer entered
 * three times — so every contacts feature has something to show. Phone numbers are in the fictional
 * 555-01xx range and e-mails at example domains.
 */
@Component
class ContactsDemoData implements DemoDataContributor {

    private static final String[] FIRST = {"Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia", "James", "Isabella",
            "William", "Mia", "Benjamin", "Charlotte", "Lucas", "Amelia", "Henry", "Harper", "Alexander", "Evelyn", "Daniel",
            "Abigail", "Mateo", "Emily", "Michael", "Elena", "Sebastian", "Camila", "David", "Zoë", "Joseph", "Aaliyah",
            "Samuel", "Priya", "Carter", "Mei", "Owen", "Fatima", "Wyatt", "Sofía", "Jack", "Grace", "Luke", "Chloé", "Gabriel",
            "Nora", "Anthony", "Hannah", "Isaac", "Leila", "Dylan"};
    private static final String[] LAST = {"Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
            "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson",
            "Martin", "Lee", "Pérez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
            "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams",
            "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Patel", "O'Brien"};
    private static final String[][] CITIES = {{"Springfield", "IL", "627"}, {"Naperville", "IL", "605"},
            {"Evanston", "IL", "602"}, {"Oak Park", "IL", "603"}, {"Chicago", "IL", "606"}, {"Madison", "WI", "537"},
            {"Milwaukee", "WI", "532"}, {"Indianapolis", "IN", "462"}, {"St. Louis", "MO", "631"}};
    private static final String[] STREETS = {"Maple Ave", "Oak St", "Elm St", "Lakeview Dr", "Main St", "Cedar Ln",
            "Washington Blvd", "Park Pl", "Sheridan Rd", "Chestnut St", "Willow Way", "Prairie Ave"};
    private static final String[] AREA = {"312", "773", "847", "630", "708", "217", "414", "608"};
    private static final String[] NOTES = {"Ring size 6½. Prefers yellow gold.", "Looking for a three-stone engagement ring.",
            "Collects vintage watches; call when a Rolex comes in.", "Allergic to nickel — platinum or high karat only.",
            "Anniversary gift shopper; spouse likes pearls.", "Wants to be told about estate pieces.", null, null, null};
    private static final String[][] VENDORS = {{"Allied Findings Co.", "Dana", "Kowalski", "Account Manager"},
            {"Brightline Diamonds", "Arjun", "Mehta", "Sales Director"}, {"Pacific Pearl Traders", "Keiko", "Tanaka", "Owner"},
            {"Swiss Time Distributors", "Lukas", "Meier", "Regional Rep"}, {"Emerald Coast Gems", "Ana", "Castillo", "Buyer Relations"},
            {"Lone Star Refining", "Hank", "Dawson", "Refinery Accounts"}, {"Midwest Casting House", "Peter", "Novak", "Production Manager"},
            {"Sterling Supply Group", "Rachel", "Stein", "Customer Service"}, {"Antwerp Cut & Polish", "Pieter", "Janssens", "Partner"},
            {"Heirloom Box & Display", "Tom", "Reilly", "Sales"}, {"Precision Watch Parts", "Yuki", "Sato", "Parts Desk"},
            {"Bench Tools Direct", "Carla", "Ruiz", "Sales"}};
    private static final String[][] WHOLESALE = {{"Golden Hour Jewelers", "Maya", "Brooks"},
            {"Northside Diamond Co.", "Victor", "Ames"}, {"Heritage Gem Gallery", "Ruth", "Okafor"},
            {"Lakeshore Fine Jewelry", "Sam", "Lindqvist"}};

    private final Contacts contacts;
    private final Clock clock;

    ContactsDemoData(Contacts contacts, Clock clock) {
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void contribute(DemoTenant tenant, DemoSize size) {
        Random random = new Random(42);
        List<UserId> staff = new ArrayList<>(tenant.usersByEmail().values());
        List<StoreId> stores = tenant.stores();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("America/Chicago")));
        scripted(stores.getFirst(), staff.getFirst(), today);
        int customers = size == DemoSize.LARGE ? 100_000 : 300;
        for (int i = 0; i < customers; i++) {
            contacts.add(customer(random, i, staff, stores));
        }
    }

    /** The contacts the demo's story needs, by name. */
    private void scripted(StoreId store, UserId salesperson, LocalDate today) {
        // one person entered three times: what Consolidate Customers is for (Consolidation worked example)
        contacts.add(person("Bob", "Smith", "bob.smith@example.com", "(312) 555-0142", roles(ContactRole.CUSTOMER), store)
                .build("Bought a tennis bracelet for his wife.", null));
        contacts.add(person("Robert", "Smith", null, "312.555.0142", roles(ContactRole.CUSTOMER), store).build(null, null));
        contacts.add(person("Bob", "Smith", "Bob.Smith@example.com", null, roles(ContactRole.CUSTOMER), store)
                .build("Repair: watch battery.", null));
        // the goldsmith who sells castings to the store and buys finished pieces from it (Unified Contacts worked example)
        contacts.add(new Draft(new Contact.Name("Marco", "Reyes", "Reyes Castings", "Goldsmith"),
                roles(ContactRole.VENDOR, ContactRole.CUSTOMER), reach("marco@reyescastings.example.com", "(773) 555-0117"),
                address("2210 W Fulton St", "Chicago", "IL", "60612"), TaxStatus.TAXABLE, store)
                .build("Casts our custom mountings; also buys loose stones from us.", null));
        contacts.add(new Draft(new Contact.Name("Lena", "Park", null, null), roles(ContactRole.PARTNER),
                reach("lena.park@example.net", "(847) 555-0163"), address("41 Green Bay Rd", "Evanston", "IL", "60201"),
                TaxStatus.TAXABLE, store).build("Co-owns the estate collection 50/50.", null));
        contacts.add(new Draft(new Contact.Name(null, null, "Castellano Gem Partners", null), roles(ContactRole.PARTNER),
                reach("office@castellanogems.example.com", "(312) 555-0188"), address("5 S Wabash Ave", "Chicago", "IL", "60603"),
                TaxStatus.TAXABLE, store).build(null, null));
        for (String[] v : VENDORS) {
            contacts.add(new Draft(new Contact.Name(v[1], v[2], v[0], v[3]), roles(ContactRole.VENDOR),
                    reach(v[1].toLowerCase() + "@" + v[0].toLowerCase().replaceAll("[^a-z]", "") + ".example.com",
                            "(800) 555-01" + String.format("%02d", Math.abs(v[0].hashCode()) % 100)),
                    Contact.Address.EMPTY, TaxStatus.TAXABLE, null).build(null, null));
        }
        for (String[] w : WHOLESALE) {
            contacts.add(new Draft(new Contact.Name(w[1], w[2], w[0], "Owner"), roles(ContactRole.CUSTOMER),
                    reach(w[1].toLowerCase() + "@" + w[0].toLowerCase().replaceAll("[^a-z]", "") + ".example.com",
                            "(630) 555-01" + String.format("%02d", Math.abs(w[0].hashCode()) % 100)),
                    address("100 Commerce Dr", "Naperville", "IL", "60540"), TaxStatus.RESALE, store)
                    .build("Wholesale account: buys for resale.", new BigDecimal("25000.00")));
        }
        // a customer to greet today (1984 was a leap year, so any day exists), for the greetings feature
        contacts.add(person("Grace", "Holloway", "grace.holloway@example.com", "(312) 555-0121", roles(ContactRole.CUSTOMER), store)
                .withBirthday(PartialDate.of(LocalDate.of(1984, today.getMonthValue(), today.getDayOfMonth())))
                .build("Birthday today — she has a pearl strand on her wishlist.", null));
    }

    private Contact customer(Random random, int i, List<UserId> staff, List<StoreId> stores) {
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        String[] city = CITIES[random.nextInt(CITIES.length)];
        String email = random.nextInt(10) < 8 ? ascii(first) + "." + ascii(last) + i + "@example." + (i % 3 == 0 ? "net" : "com") : null;
        String phone = "(" + AREA[random.nextInt(AREA.length)] + ") 555-01" + String.format("%02d", random.nextInt(100));
        PartialDate birthday = random.nextInt(10) < 6 ? new PartialDate(1 + random.nextInt(12), 1 + random.nextInt(28),
                random.nextBoolean() ? 1950 + random.nextInt(50) : null) : null;
        PartialDate anniversary = random.nextInt(10) < 3 ? new PartialDate(1 + random.nextInt(12), 1 + random.nextInt(28),
                1975 + random.nextInt(48)) : null;
        String spouse = anniversary == null ? null : FIRST[random.nextInt(FIRST.length)];
        ContactChannel channel = ContactChannel.values()[random.nextInt(ContactChannel.values().length)];
        return Contact.draft(new Contact.Name(first, last, null, null), roles(ContactRole.CUSTOMER),
                new Contact.Reach(email, null, phone, null, null, null, random.nextInt(3) == 0 ? channel : null),
                address((100 + random.nextInt(9800)) + " " + STREETS[random.nextInt(STREETS.length)], city[0], city[1],
                        city[2] + String.format("%02d", random.nextInt(100))),
                null, TaxStatus.TAXABLE, null, new Contact.Occasions(birthday, anniversary, spouse), random.nextInt(10) < 4,
                false, new Contact.Account(staff.get(random.nextInt(staff.size())), stores.get(random.nextInt(stores.size())),
                        null),
                NOTES[random.nextInt(NOTES.length)]);
    }

    private static String ascii(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "").toLowerCase();
    }

    private static Set<ContactRole> roles(ContactRole... roles) {
        return roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles);
    }

    private static Contact.Reach reach(String email, String phone) {
        return new Contact.Reach(email, null, null, null, phone, null, null);
    }

    private static Contact.Address address(String line1, String city, String region, String postal) {
        return new Contact.Address(line1, null, city, region, postal, "US");
    }

    private static Draft person(String first, String last, String email, String phone, Set<ContactRole> roles, StoreId store) {
        return new Draft(new Contact.Name(first, last, null, null), roles,
                new Contact.Reach(email, null, phone, null, null, null, null),
                address("18 Maple Ave", "Springfield", "IL", "62704"), TaxStatus.TAXABLE, store);
    }

    private record Draft(Contact.Name name, Set<ContactRole> roles, Contact.Reach reach, Contact.Address billing,
                         TaxStatus tax, StoreId store, PartialDate birthday) {
        Draft(Contact.Name name, Set<ContactRole> roles, Contact.Reach reach, Contact.Address billing, TaxStatus tax,
              StoreId store) {
            this(name, roles, reach, billing, tax, store, null);
        }

        Draft withBirthday(PartialDate date) {
            return new Draft(name, roles, reach, billing, tax, store, date);
        }

        Contact build(String notes, BigDecimal creditLimit) {
            return Contact.draft(name, roles, reach, billing, null, tax, null, new Contact.Occasions(birthday, null, null),
                    false, false, new Contact.Account(null, store, creditLimit), notes);
        }
    }
}
