-- 01-navigation §Show & hide list columns R3, R4: each user's column choice per list, server-side.
-- Both the shown and the hidden columns are kept: a column that is in neither was added after the
-- choice was made and shows with its default (R8). Audit entries are filed under the user.
create table list_column_preference (
    tenant_id       bigint      not null,
    user_id         bigint      not null,
    list_key        text        not null check (length(list_key) between 1 and 100),
    visible_columns text[]      not null,
    hidden_columns  text[]      not null default '{}',
    updated_at      timestamptz not null,
    primary key (tenant_id, user_id, list_key),
    foreign key (tenant_id, user_id) references app_user (tenant_id, id) on delete cascade
);
select jt_make_tenant_table('list_column_preference', 'tenant_id', 'user_id');
