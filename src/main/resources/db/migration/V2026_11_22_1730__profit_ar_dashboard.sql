-- Issue 11 (R3): indexes for the Gross Profit / AR Aging reports and the Dashboard's counters.
--
-- Gross Profit reads a year's FINALIZED invoices by invoice_by_date_status (tenant_id, invoice_date, status) and their
-- lines by (tenant_id, invoice_id): invoice_line's unique constraint (tenant_id, invoice_id, item_id) already leads
-- with those two columns, so no second index is added for it. AR Aging as of today reads invoice_ar_open.
--
-- The Dashboard counts on every load (09 §1 R10) and must stay cheap for a big tenant (issue 11 point 3): each
-- counter is one statement over a small partial index of exactly the rows it counts, per store (R8).
create index invoice_open_by_store on invoice (tenant_id, store_id) where status = 'OPEN';
create index item_on_memo_by_store on item (tenant_id, store_id) where on_memo > 0;
create index memo_standing_by_store on memo (tenant_id, store_id) where voided_at is null;
-- the chart's "Exclude trade-ins" (R3) adds the trade-in credits of 24 months back: the few trade-in lines, not every line
create index invoice_line_trade_ins on invoice_line (tenant_id, invoice_id) where kind = 'TRADE_IN';
-- GP: the partner settlement lines, few, read once per report to tell a return of one (its cost is the stored basis)
create index invoice_line_partner_settlements on invoice_line (tenant_id, id) where partner_settlement;
