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
