-- 11-utilities §List Maintenance: the values a tenant keeps for each EditCombo list ("14K", "Ring", …).
-- Records store the chosen value as text in their own columns; this table remembers values typed
-- before any record holds them and keeps a list clean of spellings that differ only in case or
-- surrounding spaces (R7), which the unique index makes impossible to store twice.
-- Audit entries are filed under the list's key, so a list's history is one record's history.
create table pick_list_value (
    tenant_id  bigint      not null references tenant (id),
    list_key   text        not null check (length(list_key) between 1 and 100),
    value      text        not null check (length(btrim(value)) between 1 and 200),
    created_at timestamptz not null default now(),
    primary key (tenant_id, list_key, value)
);
create unique index pick_list_value_normalized_unique on pick_list_value (tenant_id, list_key, lower(btrim(value)));
select jt_make_tenant_table('pick_list_value', 'tenant_id', 'list_key');
