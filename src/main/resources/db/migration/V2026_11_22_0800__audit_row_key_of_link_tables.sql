-- Link tables (a group's grants, a user's groups, stores and overrides) have no id column of their
-- own: their audit entries name the record they belong to (the group, the user), so the audit log
-- of that record shows every change to it. The trigger takes that column as its argument.

create or replace function jt_audit_row() returns trigger
    language plpgsql
as $$
declare
    before_json jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end;
    after_json  jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end;
    subject     jsonb := coalesce(after_json, before_json);
    key_column  text := coalesce(tg_argv[0], 'id');
    tenant      bigint := coalesce((subject ->> 'tenant_id')::bigint,
                                   case when tg_table_name = 'tenant' then (subject ->> 'id')::bigint end);
begin
    if tg_op = 'UPDATE' and before_json = after_json then
        return null;
    end if;
    insert into audit_log (tenant_id, user_id, request_id, table_name, action, row_id, before_row, after_row)
    values (tenant,
            nullif(current_setting('app.user_id', true), '')::bigint,
            nullif(current_setting('app.request_id', true), ''),
            tg_table_name,
            tg_op,
            subject ->> key_column,
            before_json,
            after_json);
    return null;
end
$$;

drop function jt_make_tenant_table(regclass, text);

create function jt_make_tenant_table(tbl regclass, tenant_column text default 'tenant_id', key_column text default 'id')
    returns void
    language plpgsql
as $$
begin
    execute format('alter table %s enable row level security', tbl);
    execute format('alter table %s force row level security', tbl);
    execute format('create policy tenant_isolation on %s using (%I = jt_current_tenant()) with check (%I = jt_current_tenant())',
                   tbl, tenant_column, tenant_column);
    execute format('create trigger audit after insert or update or delete on %s for each row execute function jt_audit_row(%L)',
                   tbl, key_column);
end
$$;

drop trigger audit on permission_group_grant;
create trigger audit after insert or update or delete on permission_group_grant
    for each row execute function jt_audit_row('group_id');
drop trigger audit on user_group;
create trigger audit after insert or update or delete on user_group
    for each row execute function jt_audit_row('user_id');
drop trigger audit on user_permission_override;
create trigger audit after insert or update or delete on user_permission_override
    for each row execute function jt_audit_row('user_id');
drop trigger audit on user_store_access;
create trigger audit after insert or update or delete on user_store_access
    for each row execute function jt_audit_row('user_id');
