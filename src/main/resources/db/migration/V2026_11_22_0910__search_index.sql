-- Global search (01-navigation §Search & Quick Find): one row per searchable record, written by the
-- module that owns the record in the same transaction as its own write (SearchIndex), so a search
-- never shows a record that was rolled back and never misses one that was committed.

-- unaccent() is only STABLE (its dictionary could change), so it cannot sit in a generated column or
-- an index expression. Naming the dictionary explicitly pins the behaviour, which makes declaring the
-- wrapper IMMUTABLE honest. Lower-casing happens after unaccent so 'Ä' and 'ä' end up the same.
create function jt_search_normalize(value text) returns text
    language sql immutable parallel safe strict
    set search_path = public, pg_temp
as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

create table search_entry (
    tenant_id      bigint      not null references tenant (id),
    record_type    text        not null,
    record_id      bigint      not null,
    store_id       bigint,
    identifier     text,
    title          text        not null,
    subtitle       text,
    status         text,
    -- more text to match on that is not shown in a result row (phone, address, …)
    -- (the generated columns use || rather than concat_ws, which is only STABLE)
    extra_text     text,
    identifier_key text generated always as (jt_search_normalize(identifier)) stored,
    search_text    text generated always as (jt_search_normalize(coalesce(identifier, '') || ' ' || title || ' ' || coalesce(subtitle, '') || ' ' || coalesce(extra_text, ''))) stored,
    document       tsvector generated always as (to_tsvector('simple', jt_search_normalize(coalesce(identifier, '') || ' ' || title || ' ' || coalesce(subtitle, '') || ' ' || coalesce(extra_text, '')))) stored,
    primary key (tenant_id, record_type, record_id),
    foreign key (tenant_id, store_id) references store (tenant_id, id)
);

-- How a search over 1M entries of one tenant stays fast (target p95 <= 30 ms):
--
-- 1. Row-level security and indexes. Under forced RLS the policy qual runs first, and PostgreSQL only
--    lets a later qual drive an index scan if its operator is LEAKPROOF (restriction_is_securely_promotable).
--    LIKE, pg_trgm's % / <% and tsvector @@ are not leakproof, and only a superuser can mark them so; as the
--    app role the trigram and tsvector indexes below would never be used and every search would read all
--    of the tenant's entries. So the search query runs in jt_search() (SECURITY DEFINER, owner role), which
--    filters by jt_current_tenant() itself — the same narrow-door pattern as jt_find_login — and the
--    planner is free to use every index. jt_search takes no tenant argument: it can only ever read the
--    tenant of the current transaction, and none at all when no tenant is set.
--
--    Measured with 100k entries in one tenant (embedded PostgreSQL 18, two shared cores): LIKE '%abc1%' as
--    the app role under RLS is a sequential scan, 42 ms; the same search through jt_search uses the GIN
--    indexes, 8 ms; an exact identifier, 0.04 ms. For 1M entries see 3.
--
-- 2. Which indexes. The exact-identifier tier (StockID, invoice #, e-mail) is a plain btree lookup led by
--    tenant_id. Words and substrings use GIN: GIN trigram answers LIKE '%abc%' and similarity from posting
--    lists; GiST trigram (the tenant-led alternative with btree_gist) is lossy — its page signatures fill
--    up as rows grow, so it rechecks far more rows (PostgreSQL's text-search docs prefer GIN for this;
--    not measured here). A GIN index cannot lead with tenant_id without btree_gin (not installed here);
--    the GIN indexes therefore cover all tenants and the tenant is a filter on their few candidates. For
--    the one 1M-entry tenant the tenant column narrows nothing anyway — the trigram/word posting lists do.
--    The identifier gets no trigram index of its own: it is part of search_text, whose index serves
--    substrings of it, and a second GIN would only slow every write. When the schema is
--    distributed by tenant_id (Citus) every shard has its own GIN, so "scoped by tenant" holds there too.
--    Design §4 asks keys (PK, unique, FK) to lead with tenant_id; they all do.
--
-- 3. Bounded work. A query needs a part of at least 3 letters/digits (shorter LIKE patterns have no
--    trigram to look up and would read the whole index). Each tier stops after max_hits rows, so a
--    common word costs about what a rare one does; near misses are looked for only when nothing matches
--    as typed. Measured with 1M synthetic entries in one tenant (20 first x 20 last names, so every name is
--    in 50k entries; two shared cores; client-side p95 of 25 runs, transaction included), before -> after
--    these limits: exact identifier 36 -> 12 ms, "smith" 1.1 s -> 21 ms, "sapphire" (100k hits)
--    2.7 s -> 75 ms, "jose muller" 117 -> 58 ms, "zoe ang" 419 -> 54 ms. Still over 30 ms: several
--    common words together (their GIN posting lists are intersected in full before the limit applies;
--    "gold 14k", in every entry, 158 ms). Next step if real data shows it: rank the rarest word alone.

create index search_entry_identifier on search_entry (tenant_id, identifier_key);
create index search_entry_text_trgm on search_entry using gin (search_text gin_trgm_ops);
create index search_entry_document on search_entry using gin (document);
-- for the store foreign key and the store restriction (Search R7)
create index search_entry_store on search_entry (tenant_id, store_id);

-- A tenant table: RLS and its policy like every other. But not audited: an entry is derived from the
-- record it indexes, written in the same transaction, so that record's own audit entry already says
-- what changed — auditing the copy too would double the log and offer "restores" of an index row.
select jt_make_tenant_table('search_entry', 'tenant_id', 'record_id');
drop trigger audit on search_entry;

-- The search itself (see 1. above). query: what was typed; tokens: its whitespace-separated parts,
-- longest first (the first drives the trigram index, all must occur); words: its runs of two or more
-- letters and digits, matched as word prefixes. LIKE wildcards and tsquery syntax in the input are
-- neutralised here, so nothing typed is ever interpreted.
-- Tiers, each its own indexed query: 0 the identifier exactly, 1 every word as a word prefix, 2 every
-- token as a substring, 3 near misses (only when nothing else matched). Tiers 1–3 stop after max_hits
-- rows, so a word found in 100k entries costs about what a rare one does; the caller shows the counts as
-- "max_hits or more" then. score (trigram similarity) orders within a tier.
create function jt_search(query text, tokens text[], words text[], types text[], every_store boolean,
                          store_ids bigint[], max_hits int)
    returns table (record_type text, record_id bigint, store_id bigint, identifier text, title text, subtitle text,
                   status text, tier int, score real)
    language plpgsql stable security definer
    set search_path = public, pg_temp
as $$
#variable_conflict use_column
declare
    tenant bigint := jt_current_tenant();
    query_key text := jt_search_normalize(query);
    prefix tsquery := to_tsquery('simple', coalesce((
        select string_agg('''' || translate(jt_search_normalize(w), '''\', '') || ''':*', ' & ')
        from unnest(words) w where translate(jt_search_normalize(w), '''\', '') <> ''), ''));
    patterns text[] := array(
        select '%' || replace(replace(replace(jt_search_normalize(t), '\', '\\'), '%', '\%'), '_', '\_') || '%'
        from unnest(tokens) with ordinality as x(t, n) order by n);
    found_hits bigint := 0;
    added bigint;
begin
    return query
    select e.record_type, e.record_id, e.store_id, e.identifier, e.title, e.subtitle, e.status, 0, 1::real
    from search_entry e
    where e.tenant_id = tenant and e.identifier_key = query_key
      and e.record_type = any (types)
      and (every_store or e.store_id is null or e.store_id = any (store_ids));
    get diagnostics added = row_count;
    found_hits := found_hits + added;

    if found_hits < max_hits and words <> '{}' then
        return query
        select e.record_type, e.record_id, e.store_id, e.identifier, e.title, e.subtitle, e.status, 1,
               similarity(e.search_text, query_key)
        from (select * from search_entry e
              where e.tenant_id = tenant and e.document @@ prefix
                and e.identifier_key is distinct from query_key
                and e.record_type = any (types)
                and (every_store or e.store_id is null or e.store_id = any (store_ids))
              limit max_hits - found_hits) e;
        get diagnostics added = row_count;
        found_hits := found_hits + added;
    end if;

    if found_hits < max_hits then
        return query
        select e.record_type, e.record_id, e.store_id, e.identifier, e.title, e.subtitle, e.status, 2,
               similarity(e.search_text, query_key)
        from (select * from search_entry e
              where e.tenant_id = tenant and e.search_text like patterns[1] and e.search_text like all (patterns)
                and not (words <> '{}' and e.document @@ prefix)
                and e.identifier_key is distinct from query_key
                and e.record_type = any (types)
                and (every_store or e.store_id is null or e.store_id = any (store_ids))
              limit max_hits - found_hits) e;
        get diagnostics added = row_count;
        found_hits := found_hits + added;
    end if;

    -- Near misses only when nothing matches as typed: with common trigrams ('sku-4711' among 100k 'sku-…')
    -- most rows go to the similarity recheck, measured 60x slower than the tiers above.
    if found_hits = 0 then
        return query
        select e.record_type, e.record_id, e.store_id, e.identifier, e.title, e.subtitle, e.status, 3,
               word_similarity(query_key, e.search_text)
        from (select * from search_entry e
              where e.tenant_id = tenant and query_key <% e.search_text
                and e.record_type = any (types)
                and (every_store or e.store_id is null or e.store_id = any (store_ids))
              limit max_hits) e;
    end if;
end
$$;
revoke all on function jt_search(text, text[], text[], text[], boolean, bigint[], int) from public;
grant execute on function jt_search(text, text[], text[], text[], boolean, bigint[], int) to ${appRole};

-- Records written before this migration: users and stores (later ones go through SearchIndex).
insert into search_entry (tenant_id, record_type, record_id, store_id, identifier, title, subtitle, status, extra_text)
select u.tenant_id, 'user', u.id, null, u.email, trim(u.first_name || ' ' || u.last_name),
       (select string_agg(g.name, ', ' order by g.name)
        from user_group ug join permission_group g on g.tenant_id = ug.tenant_id and g.id = ug.group_id
        where ug.tenant_id = u.tenant_id and ug.user_id = u.id),
       case when u.active then 'Active' else 'Inactive' end, u.phone
from app_user u;

insert into search_entry (tenant_id, record_type, record_id, store_id, identifier, title, subtitle, status, extra_text)
select s.tenant_id, 'store', s.id, s.id, null, s.name, nullif(concat_ws(', ', s.city, s.region), ''),
       case when s.active then 'Active' else 'Inactive' end,
       nullif(concat_ws(' ', s.address_line1, s.postal_code, s.country, s.phone, s.email), '')
from store s;
