-- Issue 8 (Partnerships R11): a settlement line sells a co-owned item to one of its partners. Its taxable flag is
-- locked off (the partner is the merchant of record) and its cost is the partnership basis, fixed when the line is
-- made (never recaptured from the item).
alter table invoice_line add column partner_settlement boolean not null default false;
