-- 09-reports §2 R2: the reports a person starred (Pinned) and the last few they opened (Recently viewed), per user.
-- Both are read by the landing page as "this user's rows", so the primary key (tenant_id, user_id, report_key) is the
-- index they need; a report key is the declaration's key (reports are code, not rows), so there is no FK for it.
create table report_pin (
    tenant_id  bigint      not null references tenant (id),
    user_id    bigint      not null,
    report_key text        not null check (length(report_key) between 1 and 100),
    pinned_at  timestamptz not null,
    primary key (tenant_id, user_id, report_key),
    foreign key (tenant_id, user_id) references app_user (tenant_id, id) on delete cascade
);
select jt_make_tenant_table('report_pin', 'tenant_id', 'user_id');

-- one row per report a person opened, upserted on each full-page view; only the newest 8 per person are kept
create table report_view (
    tenant_id  bigint      not null references tenant (id),
    user_id    bigint      not null,
    report_key text        not null check (length(report_key) between 1 and 100),
    viewed_at  timestamptz not null,
    primary key (tenant_id, user_id, report_key),
    foreign key (tenant_id, user_id) references app_user (tenant_id, id) on delete cascade
);
select jt_make_tenant_table('report_view', 'tenant_id', 'user_id');
