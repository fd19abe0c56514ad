-- 09-reports (issue 11, R2): the sales reports, commission rates, and invoice figures for every invoice.

-- Invoices written before invoice figures were kept have none (subtotal/tax/total null). Sales tax cannot be worked
-- out in SQL (per-item surtax cap, one rounding per invoice), so sales.InvoiceFiguresBackfill refreshes them at
-- startup through the invoice's own arithmetic. It finds the tenants to visit with this function (the application
-- role cannot list other tenants' invoices, RLS) and the invoices with this small partial index.
create index invoice_missing_figures on invoice (tenant_id, id) where total is null;

create function jt_tenants_missing_invoice_figures()
    returns table (tenant_id bigint)
    language sql stable security definer
    set search_path = public, pg_temp
as $$ select distinct i.tenant_id from invoice i where i.total is null order by 1 $$;
revoke all on function jt_tenants_missing_invoice_figures() from public;
grant execute on function jt_tenants_missing_invoice_figures() to ${appRole};

-- 09-reports §25 Salesperson Commission (decision 5): the tenant's default rate (0.05 = 5 %) and a person's own rate,
-- which overrides it when set (null: the tenant's default applies).
alter table tenant add column default_commission_rate numeric(7, 4) not null default 0.05
    check (default_commission_rate between 0 and 1);
alter table app_user add column commission_rate numeric(7, 4) check (commission_rate between 0 and 1);

-- 09-reports §7 Payment Register and §19 Daily Sales (payments side) read payments by their date for one tenant: a
-- range scan on these instead of every payment the tenant ever took (invoice_payment had only by-invoice indexes).
create index invoice_payment_by_date on invoice_payment (tenant_id, payment_date);
create index customer_payment_by_date on customer_payment (tenant_id, payment_date);
create index work_order_deposit_by_date on work_order_deposit (tenant_id, taken_on);
