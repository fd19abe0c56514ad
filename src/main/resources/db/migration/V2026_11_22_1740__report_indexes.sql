-- Reports (09-reports §6, §21, §22; issue 11 point 5): Inventory Aging, Inventory Valuation and the Diamond Price List
-- read only the stock a business still carries — in stock or out on memo — which in a store of some years is a small part
-- of every item it ever had (sold, returned and scrapped pieces keep their rows). Their SQL says
-- "in_stock > 0 or on_memo > 0" in these words so the planner can use this partial index by store instead of reading the
-- whole item table; item_in_stock (in stock only) does not cover pieces out on memo.
create index item_carried on item (tenant_id, store_id, family) where in_stock > 0 or on_memo > 0;

-- Memo Liability and Memo Aging (09-reports §12, §16) read the memo lines open as of a date: those still open now (this
-- partial index: a handful beside the years of closed lines) plus those with a return receipt or an invoicing dated
-- after the As-Of date (memo_return_by_date below; invoice_line_by_memo_line exists) — see reports.memos.MemoSql.
create index memo_line_open on memo_line (tenant_id, id) where quantity > qty_returned + qty_invoiced;
create index memo_return_by_date on memo_return (tenant_id, return_date);
