-- Period Close R1 under concurrency: the backstop reads Closed Through with a share lock on the tenant row, so a
-- posting and a move of Closed Through never cross — a posting in flight makes the close wait until it commits, and a
-- close in flight makes the posting wait and then read the new date (read committed re-reads the locked row).
-- Share locks do not block each other, so postings still run side by side.
create or replace function jt_journal_entry_in_open_period() returns trigger
    language plpgsql
as $$
declare
    closed date;
begin
    select closed_through into closed from tenant where id = new.tenant_id for share;
    if closed is not null and new.entry_date <= closed then
        raise exception 'Journal entry dated % falls in the closed period (closed through %)', new.entry_date, closed
            using errcode = '23514', constraint = 'journal_entry_in_open_period';
    end if;
    return new;
end
$$;
