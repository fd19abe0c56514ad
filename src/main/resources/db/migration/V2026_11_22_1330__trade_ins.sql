-- Trade-ins (02-sales §Trade-In Negotiation). A TRADE_IN line is the customer's piece coming in: quantity 1, unit_price
-- the credit allowed (the line counts negative on the invoice), cost its Trade Actual Value (R5: the cost it enters
-- inventory at), trade_family / trade_category what the item it becomes is. trade_in_item_id: the item received at
-- finalize, cleared again when the invoice is reopened or voided (the item leaves stock). trade_concession (R2, R6):
-- on a sold line, the part of its price inflated to fund the trade credit; it changes gross profit only. A return line
-- carries its source line's concession pro-rated and negative (Returns R12).
alter table invoice_line
    drop constraint invoice_line_kind_check,
    add check (kind in ('ITEM', 'NON_STOCK', 'SERVICE', 'TRADE_IN')),
    add column trade_family      text check (trade_family in ('JEWELRY', 'WATCH', 'DIAMOND', 'COLORED_STONE', 'PEARL')),
    add column trade_category    text check (length(trade_category) between 1 and 100),
    add column trade_in_item_id  bigint,
    add column trade_concession  numeric(19, 4) not null default 0,
    add check (case when quantity > 0 then trade_concession >= 0 else trade_concession <= 0 end),
    add foreign key (tenant_id, trade_in_item_id) references item (tenant_id, id),
    add check ((kind = 'TRADE_IN') = (trade_family is not null)),
    add check (kind = 'TRADE_IN' or trade_in_item_id is null),
    add check (kind <> 'TRADE_IN' or (quantity = 1 and adjustment = 0 and cost >= 0 and source_line_id is null)),
    add check (kind in ('ITEM', 'NON_STOCK') or trade_concession = 0);
create index invoice_line_by_trade_in on invoice_line (tenant_id, trade_in_item_id) where trade_in_item_id is not null;
