-- 04-inventory §Printing Barcode Tags R4: each user's last tag style and copies, offered again next time
create table tag_setting (
    tenant_id  bigint      not null references tenant (id),
    user_id    bigint      not null,
    style      text        not null check (style in ('TT360B', 'TT365', 'LABEL_2_25_X_1_25')),
    copies     integer     not null check (copies between 1 and 100),
    updated_at timestamptz not null default now(),
    primary key (tenant_id, user_id),
    foreign key (tenant_id, user_id) references app_user (tenant_id, id) on delete cascade
);
select jt_make_tenant_table('tag_setting', 'tenant_id', 'user_id');
