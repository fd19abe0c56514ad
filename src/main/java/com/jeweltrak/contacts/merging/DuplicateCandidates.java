package com.jeweltrak.contacts.merging;

import java.sql.Array;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Candidates tab (R8, R9, R14): pairs of unmerged contacts with the same name — the stored
 * {@code duplicate_name_key}, which ignores case, accents, punctuation, extra spaces and word order — that
 * also share a phone (digits only) or an e-mail (case-insensitive); dismissed pairs never come back.
 * All in SQL: only names held by two or more contacts are looked at (one pass over the stored key's
 * index), then their phones and e-mails are grouped — contacts sharing a value form a group, and pairs are
 * made within a group only — so there is no pairwise comparison of all contacts.
 */
@Service
@Transactional(readOnly = true)
public class DuplicateCandidates {

    public record Candidate(Contact first, Contact second, Set<MatchBasis> basis) {
        public String basisText() {
            return String.join(", ", basis.stream().sorted().map(MatchBasis::label).toList());
        }
    }

    private static final String PAIRS = """
            with named as (
                -- one pass in the order of the name index, counting each name's holders: no join whose plan
                -- would depend on fresh statistics (a just-imported tenant has none)
                select id, name_key, email, alt_email, mobile_phone, home_phone, work_phone
                from (select c.id, c.duplicate_name_key as name_key, c.email, c.alt_email, c.mobile_phone, c.home_phone,
                             c.work_phone, count(*) over (partition by c.duplicate_name_key) as holders
                      from contact c
                      where c.merged_into_id is null and c.duplicate_name_key is not null) as counted
                where holders > 1
            ), reach as (
                select id, name_key, 'NAME_AND_PHONE' as basis, jt_contact_phone_key(p) as value
                from named cross join unnest(array[mobile_phone, home_phone, work_phone]) as p
                union all
                select id, name_key, 'NAME_AND_EMAIL', lower(trim(e))
                from named cross join unnest(array[email, alt_email]) as e
            ), shared as (
                -- contacts holding the same name and the same phone or e-mail: grouped, not joined pairwise
                select name_key, basis, array_agg(distinct id) as ids
                from reach
                where value is not null and value <> ''
                group by name_key, basis, value
                having count(distinct id) > 1
            ), pairs as (
                select s.name_key, a.id as contact_a, b.id as contact_b, array_agg(distinct s.basis) as basis
                from shared s
                cross join lateral unnest(s.ids) as a (id)
                cross join lateral unnest(s.ids) as b (id)
                where a.id < b.id
                  and not exists (select 1 from contact_duplicate_dismissal d
                                  where d.contact_a = a.id and d.contact_b = b.id)
                group by s.name_key, a.id, b.id
            )
            """;

    private final JdbcClient jdbc;
    private final Contacts contacts;

    DuplicateCandidates(JdbcClient jdbc, Contacts contacts) {
        this.jdbc = jdbc;
        this.contacts = contacts;
    }

    public Paged<Candidate> page(int page, int size) {
        long total = jdbc.sql(PAIRS + "select count(*) from pairs").query(Long.class).single();
        List<Candidate> rows = jdbc.sql(PAIRS + """
                        select contact_a, contact_b, basis from pairs
                        order by name_key, contact_a, contact_b limit ? offset ?""")
                .params(size, (long) page * size)
                .query((rs, n) -> new Pair(rs.getLong(1), rs.getLong(2), basis(rs.getArray(3)))).list()
                .stream()
                .map(p -> new Candidate(contacts.get(new ContactId(p.a())), contacts.get(new ContactId(p.b())), p.basis()))
                .toList();
        return new Paged<>(rows, page, size, total);
    }

    private record Pair(long a, long b, Set<MatchBasis> basis) {
    }

    private static Set<MatchBasis> basis(Array array) throws java.sql.SQLException {
        EnumSet<MatchBasis> basis = EnumSet.noneOf(MatchBasis.class);
        for (Object value : (Object[]) array.getArray()) basis.add(MatchBasis.valueOf((String) value));
        return basis;
    }
}
