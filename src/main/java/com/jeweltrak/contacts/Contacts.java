package com.jeweltrak.contacts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.lists.ListQuery;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.UserId;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's contacts. Writes keep the search index in step, in the same transaction. */
@Repository
@Transactional(readOnly = true)
public class Contacts {

    static final String COLUMNS = """
            id, first_name, last_name, company, job_title, is_customer, is_vendor, is_partner, email, alt_email,
            mobile_phone, home_phone, work_phone, website, preferred_channel, billing_line1, billing_line2, billing_city,
            billing_region, billing_postal_code, billing_country, shipping_same, shipping_line1, shipping_line2,
            shipping_city, shipping_region, shipping_postal_code, shipping_country, tax_status, tax_exempt_reason,
            birthday_month, birthday_day, birthday_year, anniversary_month, anniversary_day, anniversary_year,
            spouse_name, marketing_opt_in, no_greetings, salesperson_id, home_store_id, credit_limit, notes,
            merged_into_id, created_at""";

    /** The order of lists and pickers: by last name (or company), then first name. */
    public static final String NAME_ORDER = "lower(coalesce(last_name, company, '')), lower(coalesce(first_name, ''))";

    /** Text a list's or picker's search box matches: names, company, e-mail, phone digits, city. */
    static final String MATCHING = """
            (lower(coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(company, '') || ' '
              || coalesce(email, '') || ' ' || coalesce(billing_city, '')) like :pattern
             or (length(:digits) >= 3 and regexp_replace(coalesce(mobile_phone, '') || ' ' || coalesce(work_phone, '') || ' '
              || coalesce(home_phone, ''), '[^0-9 ]', '', 'g') like '%' || :digits || '%'))""";

    private final JdbcClient jdbc;
    private final ContactSearchEntries searchEntries;

    Contacts(JdbcClient jdbc, ContactSearchEntries searchEntries) {
        this.jdbc = jdbc;
        this.searchEntries = searchEntries;
    }

    public Optional<Contact> find(ContactId id) {
        return jdbc.sql("select " + COLUMNS + " from contact where id = ?").param(id.value()).query(Contacts::map).optional();
    }

    public Contact get(ContactId id) {
        return find(id).orElseThrow(() -> new RecordNotFound("Contact", id));
    }

    /** Locks the row for a change that reads before it writes (role changes, merges). */
    @Transactional
    public Contact lock(ContactId id) {
        return jdbc.sql("select " + COLUMNS + " from contact where id = ? for update").param(id.value())
                .query(Contacts::map).optional().orElseThrow(() -> new RecordNotFound("Contact", id));
    }

    @Transactional
    public ContactId add(Contact contact) {
        Map<String, Object> params = params(contact);
        long id = jdbc.sql("insert into contact (tenant_id, " + INSERT_COLUMNS + ") values (jt_current_tenant(), "
                        + INSERT_VALUES + ") returning id")
                .params(params).query(Long.class).single();
        ContactId contactId = new ContactId(id);
        searchEntries.reindex(get(contactId));
        return contactId;
    }

    @Transactional
    public void update(Contact contact) {
        Map<String, Object> params = params(contact);
        params.put("id", contact.id().value());
        int updated = jdbc.sql("update contact set (" + INSERT_COLUMNS + ", updated_at) = (" + INSERT_VALUES
                        + ", now()) where id = :id")
                .params(params).update();
        if (updated == 0) throw new RecordNotFound("Contact", contact.id());
        searchEntries.reindex(get(contact.id()));
    }

    /**
     * Records a merge of {@code merged} (made by {@link Contact#mergedInto}) at the given time: only the merge
     * pointer and time change (Consolidation R5, R6); its search entry goes. Refused if it was merged meanwhile.
     */
    @Transactional
    public void markMerged(Contact merged, java.time.Instant at) {
        if (!merged.isMerged()) throw new IllegalArgumentException("Contact " + merged.id() + " is not merged");
        int updated = jdbc.sql("""
                        update contact set merged_into_id = ?, merged_at = ?, updated_at = now()
                        where id = ? and merged_into_id is null""")
                .params(merged.mergedInto().value(), java.sql.Timestamp.from(at), merged.id().value()).update();
        if (updated == 0) throw new ContactWasMerged(merged.id(), get(merged.id()).mergedInto());
        searchEntries.reindex(merged);
    }

    /** One page for the list component: its conditions and order are SQL from the list's definition. */
    public Paged<Contact> page(ListQuery query) {
        Map<String, Object> params = searchParams(query.search());
        String where = where(query);
        long total = jdbc.sql("select count(*) from contact where " + where).params(params).query(Long.class).single();
        params.put("limit", query.size());
        params.put("offset", query.offset());
        List<Contact> rows = jdbc.sql("select " + COLUMNS + " from contact where " + where + " order by "
                        + query.orderBy() + " limit :limit offset :offset")
                .params(params).query(Contacts::map).list();
        return new Paged<>(rows, query.page(), query.size(), total);
    }

    /** Every row of the query, for exports. */
    public void each(ListQuery query, Consumer<? super Contact> row) {
        jdbc.sql("select " + COLUMNS + " from contact where " + where(query) + " order by " + query.orderBy())
                .params(searchParams(query.search()))
                .query((RowCallbackHandler) rs -> row.accept(map(rs, 0)));
    }

    /**
     * What a role's picker offers for the text typed (R10): contacts with the role first, then — when
     * {@code allContacts} — everyone else, who would gain the role when picked. Merged contacts never (Consolidation R5).
     */
    public List<Contact> pick(ContactRole role, String text, boolean allContacts, int limit) {
        Map<String, Object> params = searchParams(text);
        params.put("limit", limit);
        String roleFirst = role.column() + " desc, ";
        return jdbc.sql("select " + COLUMNS + " from contact where merged_into_id is null"
                        + (allContacts ? "" : " and " + role.column())
                        + (text == null || text.isBlank() ? "" : " and " + MATCHING)
                        + " order by " + roleFirst + NAME_ORDER + ", id limit :limit")
                .params(params).query(Contacts::map).list();
    }

    /**
     * Current contacts that look like the same party as {@code draft}, by Consolidation's own match rules (R14,
     * the name and phone keys of its migration): the same e-mail, or the same name — word order, case, accents and
     * nicknames aside — with a phone number in common (Scan a business card R5).
     */
    public List<Contact> likelyDuplicatesOf(Contact draft, int limit) {
        Contact.Reach reach = draft.reach();
        List<String> emails = java.util.stream.Stream.of(reach.email(), reach.altEmail()).filter(java.util.Objects::nonNull)
                .map(e -> e.toLowerCase(java.util.Locale.ROOT)).toList();
        List<String> phones = java.util.stream.Stream.of(reach.mobilePhone(), reach.workPhone(), reach.homePhone())
                .filter(java.util.Objects::nonNull).toList();
        if (emails.isEmpty() && phones.isEmpty()) return List.of();
        Map<String, Object> params = new HashMap<>();
        params.put("emails", emails.isEmpty() ? List.of("") : emails);
        params.put("phones", phones.isEmpty() ? List.of("") : phones);
        params.put("first", draft.name().firstName());
        params.put("last", draft.name().lastName());
        params.put("company", draft.name().company());
        params.put("limit", limit);
        return jdbc.sql("select " + COLUMNS + " from contact where merged_into_id is null and ("
                        + "lower(email) in (:emails) or lower(alt_email) in (:emails)"
                        + " or (duplicate_name_key = jt_contact_name_key(:first, :last, :company)"
                        + " and (select array_agg(jt_contact_phone_key(p)) from unnest(array[:phones]::text[]) p)"
                        + " && array[jt_contact_phone_key(mobile_phone), jt_contact_phone_key(work_phone),"
                        + " jt_contact_phone_key(home_phone)]))"
                        + " order by " + NAME_ORDER + ", id limit :limit")
                .params(params).query(Contacts::map).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from contact where merged_into_id is null").query(Long.class).single();
    }

    private static String where(ListQuery query) {
        List<String> conditions = new ArrayList<>(query.conditions());
        if (query.search() != null && !query.search().isBlank()) conditions.add(MATCHING);
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }

    private static Map<String, Object> searchParams(String text) {
        Map<String, Object> params = new HashMap<>();
        String search = text == null ? "" : text.trim().toLowerCase();
        params.put("pattern", "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        params.put("digits", ContactDetailRules.digits(search));
        return params;
    }

    private static final String INSERT_COLUMNS = """
            first_name, last_name, company, job_title, is_customer, is_vendor, is_partner, email, alt_email,
            mobile_phone, home_phone, work_phone, website, preferred_channel, billing_line1, billing_line2, billing_city,
            billing_region, billing_postal_code, billing_country, shipping_same, shipping_line1, shipping_line2,
            shipping_city, shipping_region, shipping_postal_code, shipping_country, tax_status, tax_exempt_reason,
            birthday_month, birthday_day, birthday_year, anniversary_month, anniversary_day, anniversary_year,
            spouse_name, marketing_opt_in, no_greetings, salesperson_id, home_store_id, credit_limit, notes""";

    private static final String INSERT_VALUES = ":" + INSERT_COLUMNS.replaceAll("\\s+", " ").replace(", ", ", :");

    private static Map<String, Object> params(Contact c) {
        Map<String, Object> p = new HashMap<>();
        p.put("first_name", c.name().firstName());
        p.put("last_name", c.name().lastName());
        p.put("company", c.name().company());
        p.put("job_title", c.name().jobTitle());
        p.put("is_customer", c.hasRole(ContactRole.CUSTOMER));
        p.put("is_vendor", c.hasRole(ContactRole.VENDOR));
        p.put("is_partner", c.hasRole(ContactRole.PARTNER));
        Contact.Reach r = c.reach();
        p.put("email", r.email());
        p.put("alt_email", r.altEmail());
        p.put("mobile_phone", r.mobilePhone());
        p.put("home_phone", r.homePhone());
        p.put("work_phone", r.workPhone());
        p.put("website", r.website());
        p.put("preferred_channel", r.preferredChannel() == null ? null : r.preferredChannel().name());
        address(p, "billing_", c.billing());
        p.put("shipping_same", c.shipping() == null);
        address(p, "shipping_", c.shipping() == null ? Contact.Address.EMPTY : c.shipping());
        p.put("tax_status", c.taxStatus().name());
        p.put("tax_exempt_reason", c.taxExemptReason());
        partialDate(p, "birthday_", c.occasions().birthday());
        partialDate(p, "anniversary_", c.occasions().anniversary());
        p.put("spouse_name", c.occasions().spouseName());
        p.put("marketing_opt_in", c.marketingOptIn());
        p.put("no_greetings", c.noGreetings());
        p.put("salesperson_id", c.account().salesperson() == null ? null : c.account().salesperson().value());
        p.put("home_store_id", c.account().homeStore() == null ? null : c.account().homeStore().value());
        p.put("credit_limit", c.account().creditLimit());
        p.put("notes", c.notes());
        return p;
    }

    private static void address(Map<String, Object> p, String prefix, Contact.Address a) {
        p.put(prefix + "line1", a.line1());
        p.put(prefix + "line2", a.line2());
        p.put(prefix + "city", a.city());
        p.put(prefix + "region", a.region());
        p.put(prefix + "postal_code", a.postalCode());
        p.put(prefix + "country", a.country());
    }

    private static void partialDate(Map<String, Object> p, String prefix, PartialDate d) {
        p.put(prefix + "month", d == null ? null : (short) d.month());
        p.put(prefix + "day", d == null ? null : (short) d.day());
        p.put(prefix + "year", d == null || d.year() == null ? null : d.year().shortValue());
    }

    static Contact map(ResultSet rs, int row) throws SQLException {
        EnumSet<ContactRole> roles = EnumSet.noneOf(ContactRole.class);
        for (ContactRole role : ContactRole.values()) {
            if (rs.getBoolean(role.column())) roles.add(role);
        }
        String channel = rs.getString("preferred_channel");
        long salesperson = rs.getLong("salesperson_id");
        boolean noSalesperson = rs.wasNull();
        long homeStore = rs.getLong("home_store_id");
        boolean noHomeStore = rs.wasNull();
        long mergedInto = rs.getLong("merged_into_id");
        boolean notMerged = rs.wasNull();
        return new Contact(new ContactId(rs.getLong("id")),
                new Contact.Name(rs.getString("first_name"), rs.getString("last_name"), rs.getString("company"),
                        rs.getString("job_title")),
                roles,
                new Contact.Reach(rs.getString("email"), rs.getString("alt_email"), rs.getString("mobile_phone"),
                        rs.getString("home_phone"), rs.getString("work_phone"), rs.getString("website"),
                        channel == null ? null : ContactChannel.valueOf(channel)),
                address(rs, "billing_"),
                rs.getBoolean("shipping_same") ? null : address(rs, "shipping_"),
                TaxStatus.valueOf(rs.getString("tax_status")), rs.getString("tax_exempt_reason"),
                new Contact.Occasions(partialDate(rs, "birthday_"), partialDate(rs, "anniversary_"),
                        rs.getString("spouse_name")),
                rs.getBoolean("marketing_opt_in"), rs.getBoolean("no_greetings"),
                new Contact.Account(noSalesperson ? null : new UserId(salesperson), noHomeStore ? null : new StoreId(homeStore),
                        rs.getBigDecimal("credit_limit")),
                rs.getString("notes"),
                notMerged ? null : new ContactId(mergedInto),
                rs.getTimestamp("created_at").toInstant());
    }

    private static Contact.Address address(ResultSet rs, String prefix) throws SQLException {
        return new Contact.Address(rs.getString(prefix + "line1"), rs.getString(prefix + "line2"),
                rs.getString(prefix + "city"), rs.getString(prefix + "region"), rs.getString(prefix + "postal_code"),
                rs.getString(prefix + "country"));
    }

    private static PartialDate partialDate(ResultSet rs, String prefix) throws SQLException {
        int month = rs.getInt(prefix + "month");
        if (rs.wasNull()) return null;
        int day = rs.getInt(prefix + "day");
        int year = rs.getInt(prefix + "year");
        return new PartialDate(month, day, rs.wasNull() ? null : year);
    }
}
