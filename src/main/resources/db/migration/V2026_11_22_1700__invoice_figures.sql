-- 09-reports: every sales report reads what an invoice came to — Subtotal, Tax, Total, the figures the customer saw
-- (§4 R2) — from the invoice row itself, so a year of invoices is one indexed scan, not a rebuild of each invoice.
-- Kept by sales (Invoices.keepFigures) whenever an invoice is finalized, voided, reopened or what it owes changes;
-- a Voided invoice keeps the figures it had when finalized (Sales by X count it as Voided Sales, C3).
alter table invoice add column subtotal numeric(19, 4);
alter table invoice add column tax numeric(19, 4);
alter table invoice add column total numeric(19, 4);

-- the sales reports' range scan: one tenant, a date range, the statuses they count
create index invoice_by_date_status on invoice (tenant_id, invoice_date, status) include (store_id, customer_id, salesperson_id);
