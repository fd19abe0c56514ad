-- 08-accounting §Applying Payments R8 (decision 1): a payment taken off its invoice stays the customer's money as
-- credit on account (the unapplied part of the payment, R4 — no store-credit row). The row keeps where it came from;
-- who moved it and when are stamped like a void.
alter table invoice_payment
    add column moved_to_credit_at timestamptz,
    add column moved_by           bigint,
    add column credit_customer_id bigint,
    add foreign key (tenant_id, moved_by) references app_user (tenant_id, id),
    add foreign key (tenant_id, credit_customer_id) references contact (tenant_id, id),
    add check ((moved_to_credit_at is null) = (credit_customer_id is null)),
    add check (moved_to_credit_at is null or voided_at is null);

create index invoice_payment_credit_by_customer on invoice_payment (tenant_id, credit_customer_id)
    where credit_customer_id is not null;
