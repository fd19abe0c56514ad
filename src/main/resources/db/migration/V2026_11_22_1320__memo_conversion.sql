-- Memo -> invoice conversion (02-sales §Memos R5, R7; §Reversing a Memo Invoice case 1): an invoice line made from a
-- memo line names it. Its units left On Memo when the line was made (a SALE movement, documentType INVOICE) and the line
-- is stock_committed from the start, so finalize moves nothing again; removing the line, lowering its quantity or voiding
-- the invoice puts the units back On Memo and lowers the memo line's qty_invoiced.
alter table invoice_line
    add column memo_line_id bigint,
    -- a memo line whose units all came back (e.g. its invoice was voided) may still be taken off the memo: the voided
    -- invoice's line then just forgets where it came from (the audit log keeps it)
    add foreign key (tenant_id, memo_line_id) references memo_line (tenant_id, id) on delete set null (memo_line_id),
    add check (memo_line_id is null or quantity > 0);
create index invoice_line_by_memo_line on invoice_line (tenant_id, memo_line_id) where memo_line_id is not null;
