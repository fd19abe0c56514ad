-- Customer Consolidation (07-contacts §I Have Duplicate Customers): duplicate candidates computed in SQL,
-- dismissed pairs remembered, and one audited record per merge.

-- Nicknames (worked example: "Bob Smith" and "Robert Smith" are one person): each word of a name is
-- compared as its given name. Reference data, the same for every tenant, so no tenant_id. Only
-- unambiguous nicknames ("Chris", "Alex", "Sam" name men and women alike and are left out). The stored
-- name keys are computed from this table: a later migration that changes it must recompute them
-- (update contact set first_name = first_name).
create table contact_given_name (
    nickname   text primary key,
    given_name text not null
);
insert into contact_given_name (nickname, given_name) values
    ('bob', 'robert'), ('bobby', 'robert'), ('rob', 'robert'), ('robbie', 'robert'), ('robby', 'robert'),
    ('bill', 'william'), ('billy', 'william'), ('will', 'william'), ('willy', 'william'), ('willie', 'william'),
    ('jim', 'james'), ('jimmy', 'james'), ('mike', 'michael'), ('mikey', 'michael'), ('mick', 'michael'),
    ('dick', 'richard'), ('rick', 'richard'), ('ricky', 'richard'), ('rich', 'richard'), ('richie', 'richard'),
    ('tom', 'thomas'), ('tommy', 'thomas'), ('joe', 'joseph'), ('joey', 'joseph'), ('dave', 'david'),
    ('davy', 'david'), ('dan', 'daniel'), ('danny', 'daniel'), ('eddie', 'edward'), ('tony', 'anthony'),
    ('charlie', 'charles'), ('chuck', 'charles'), ('johnny', 'john'), ('nick', 'nicholas'), ('nicky', 'nicholas'),
    ('matt', 'matthew'), ('greg', 'gregory'), ('jeff', 'jeffrey'), ('larry', 'lawrence'), ('ben', 'benjamin'),
    ('benny', 'benjamin'), ('andy', 'andrew'), ('drew', 'andrew'), ('pete', 'peter'), ('ron', 'ronald'),
    ('ronnie', 'ronald'), ('don', 'donald'), ('donnie', 'donald'), ('ken', 'kenneth'), ('kenny', 'kenneth'),
    ('tim', 'timothy'), ('timmy', 'timothy'), ('fred', 'frederick'), ('freddie', 'frederick'),
    ('liz', 'elizabeth'), ('lizzie', 'elizabeth'), ('beth', 'elizabeth'), ('betty', 'elizabeth'),
    ('betsy', 'elizabeth'), ('kathy', 'katherine'), ('katie', 'katherine'), ('kate', 'katherine'),
    ('peggy', 'margaret'), ('maggie', 'margaret'), ('meg', 'margaret'), ('sue', 'susan'), ('susie', 'susan'),
    ('jenny', 'jennifer'), ('jen', 'jennifer'), ('becky', 'rebecca'), ('patty', 'patricia'),
    ('debbie', 'deborah'), ('deb', 'deborah'), ('mandy', 'amanda'), ('cindy', 'cynthia'), ('vicky', 'victoria'),
    ('abby', 'abigail');
-- read by the application (through the name key), written only by migrations
revoke insert, update, delete, truncate on contact_given_name from ${appRole};

-- The name two records of one person share (R14): lower-cased, unaccented, apostrophes and dots dropped
-- ("O'Brien" = "OBrien", "St. John" = "St John"), other punctuation a word break, each word as its given
-- name ("Bob" = "Robert"), words sorted so the order does not matter ("Smith Bob" = "Bob Smith"). The
-- person's name when there is one, else the company. Declared immutable for the generated column: the
-- dictionary is pinned (jt_search_normalize) and the nickname table changes only with a migration.
create function jt_contact_name_key(first_name text, last_name text, company text) returns text
    language sql immutable parallel safe
    set search_path = public, pg_temp
as $$
    select nullif(array_to_string(array(
               select coalesce(g.given_name, w.word)
               from unnest(regexp_split_to_array(
                        regexp_replace(regexp_replace(
                            jt_search_normalize(coalesce(nullif(trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')), ''),
                                                         company, '')),
                            '[''’.]', '', 'g'), '[^[:alnum:]]+', ' ', 'g'), ' ')) as w (word)
               left join contact_given_name g on g.nickname = w.word
               where w.word <> ''
               order by 1), ' '), '')
$$;

-- A phone as duplicates are compared on (R14): its digits only, the extension left out, the last ten
-- digits so "+1 (555) 123-4567" and "555.123.4567" agree. Too short to be a number: no key.
create function jt_contact_phone_key(phone text) returns text
    language sql immutable parallel safe strict
as $$
    select case when length(d) >= 7 then right(d, 10) end
    from (select regexp_replace(regexp_replace(lower(phone), '(x|ext).*$', ''), '[^0-9]', '', 'g') as d) digits
$$;

-- Stored, so finding the names held by more than one contact is an index-only scan, not a function
-- call per contact per page view. A restore skips generated columns (TableShape.writable).
alter table contact add column duplicate_name_key text
    generated always as (jt_contact_name_key(first_name, last_name, company)) stored;
create index contact_duplicate_names on contact (tenant_id, duplicate_name_key, id)
    where merged_into_id is null and duplicate_name_key is not null;

-- A pair the user said is not a duplicate (R9): never proposed again. contact_a < contact_b, so a pair
-- has one spelling.
create table contact_duplicate_dismissal (
    tenant_id    bigint      not null references tenant (id),
    id           bigint      generated by default as identity,
    contact_a    bigint      not null,
    contact_b    bigint      not null,
    dismissed_by bigint,
    dismissed_at timestamptz not null,
    primary key (tenant_id, id),
    unique (tenant_id, contact_a, contact_b),
    foreign key (tenant_id, contact_a) references contact (tenant_id, id),
    foreign key (tenant_id, contact_b) references contact (tenant_id, id),
    foreign key (tenant_id, dismissed_by) references app_user (tenant_id, id),
    check (contact_a < contact_b)
);
create index contact_duplicate_dismissal_b on contact_duplicate_dismissal (tenant_id, contact_b);
select jt_make_tenant_table('contact_duplicate_dismissal');

-- One row per merge (R10): the audit log shows its insert — who, when, which contacts went into which,
-- and how many records moved — and its free-text filter finds "merged". Every row the merge changed is
-- audited under the same request id. History: never re-pointed by a later merge.
create table contact_merge (
    tenant_id          bigint      not null references tenant (id),
    id                 bigint      generated by default as identity,
    primary_contact_id bigint      not null,
    merged_contact_ids bigint[]    not null check (cardinality(merged_contact_ids) > 0),
    summary            text        not null,
    moved              jsonb       not null default '{}',
    merged_by          bigint,
    merged_at          timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, primary_contact_id) references contact (tenant_id, id),
    foreign key (tenant_id, merged_by) references app_user (tenant_id, id)
);
create index contact_merge_by_primary on contact_merge (tenant_id, primary_contact_id);
select jt_make_tenant_table('contact_merge');
