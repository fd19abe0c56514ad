-- Payments on account (08-accounting §Applying Payments R4, R8): credit on account has one definition — the unapplied
-- part of a customer's receipts (customer_payment). Invoice payments moved to credit before receipts existed (and the
-- excess of work-order deposits) become receipts naming the row they came from (source_payment_id): money received
-- before and posted there, so no entry is made for them. Applications (receipt_id set) just return to their receipt.
-- Row-level security is forced on both tables: run by a role that is subject to it with no tenant set, this copies
-- nothing (the embedded database's migration owner is a superuser and copies every tenant's rows).
insert into customer_payment (tenant_id, store_id, customer_id, payment_date, method, method_name, check_number,
                              card_last4, auth_code, reference, amount, source_payment_id, created_at, created_by)
select p.tenant_id, i.store_id, p.credit_customer_id, p.moved_to_credit_at::date, p.method, p.method_name,
       p.check_number, p.card_last4, p.auth_code, p.reference, p.amount, p.id, p.moved_to_credit_at, p.moved_by
from invoice_payment p
join invoice i on i.tenant_id = p.tenant_id and i.id = p.invoice_id
where p.moved_to_credit_at is not null and p.voided_at is null and p.receipt_id is null
  and p.credit_customer_id is not null and p.amount > 0 and p.amount = round(p.amount, 2)
  and p.method in ('CASH', 'CHECK', 'CARD', 'OTHER', 'DEPOSIT')
  and not exists (select 1 from customer_payment c where c.tenant_id = p.tenant_id and c.source_payment_id = p.id);
