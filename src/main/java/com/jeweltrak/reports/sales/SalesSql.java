package com.jeweltrak.reports.sales;

import com.jeweltrak.reports.ReportSql;

/** SQL pieces the sales reports share, so a line's value or a payment row reads alike in every one of them. */
final class SalesSql {

    private SalesSql() {
    }

    /**
     * What line {@code l} adds to its invoice's Subtotal (C3, 02 §Adjustment R1): Qty × UnitPrice − Adjustment. A return
     * line has a negative quantity and Adjustment, so it comes out negative; a trade-in line is stored as quantity 1 at
     * its credit and counts negative (02 §Trade-In), as {@code SaleLine.net()} reckons it.
     */
    static final String LINE_NET = """
            (case when l.kind = 'TRADE_IN' then -(l.quantity * l.unit_price) else l.quantity * l.unit_price end - l.adjustment)""";

    /** Invoice {@code i} is counted by the "Sales by X" reports: Finalized or Voided, in the period, in a store (C3, C9). */
    static final String COUNTED_INVOICES = """
            i.invoice_date between :from and :to and i.store_id in (:stores) and i.status in ('FINALIZED', 'VOIDED')""";

    /** The item family's name (J/W/D/C/P) of {@code it}. */
    static final String FAMILY_LABEL = """
            case it.family when 'J' then 'Jewelry' when 'W' then 'Watch' when 'D' then 'Diamond'
                           when 'C' then 'Colored Stone' when 'P' then 'Pearl' end""";

    /** The Quick Peek type of item {@code it}'s family. */
    static final String FAMILY_PEEK = ReportSql.itemPeekType("it.family");

    /**
     * Every payment received, one row each, by payment (applied) date — 09-reports §7, and §19's payments side:
     * <ul>
     * <li>tenders taken on invoices ({@code invoice_payment}), refunds negative (kind REFUND). Not a new row: a DEPOSIT
     * tender (a work-order deposit applied to its job's invoice — the money came in when the deposit was taken) and an
     * application of a payment on account ({@code receipt_id} set — the money came in with the receipt) (§7 R8). A tender
     * later moved to credit on account stays: it was money received that day.</li>
     * <li>payments received on account ({@code customer_payment}), except credit made from a payment moved off an
     * invoice ({@code source_payment_id} set) or from a held deposit (method DEPOSIT): that money is already a row.</li>
     * <li>work-order deposits taken (money received that day), and a refunded deposit's refund, negative, on the day
     * it was settled.</li>
     * </ul>
     * Columns: id, payment_no, invoice_id, payment_date, customer_id, customer, method_key, method, reference, amount,
     * voided, store_id. Store credit and gift-card rows keep their own method (§7 R8).
     */
    static final String PAYMENTS = """
            select 'P' || p.id as id, i.number::text as payment_no, i.id as invoice_id, p.payment_date,
                   i.customer_id, case when i.customer_id is null then 'Walk-in' else %1$s end as customer,
                   lower(p.method) as method_key,
                   case p.method when 'CASH' then 'Cash' when 'CHECK' then 'Check'
                                 when 'CARD' then coalesce('Card — ' || nullif(trim(p.method_name), ''), 'Card')
                                 when 'OTHER' then coalesce(nullif(trim(p.method_name), ''), 'Other')
                                 when 'STORE_CREDIT' then 'Store credit' when 'GIFT_CARD' then 'Gift card'
                                 else initcap(p.method) end as method,
                   nullif(concat_ws(' ', '#' || p.check_number, '…' || p.card_last4, p.auth_code, p.reference), '') as reference,
                   p.amount, p.voided_at is not null as voided, i.store_id
            from invoice_payment p
            join invoice i on i.tenant_id = p.tenant_id and i.id = p.invoice_id
            left join contact c on c.tenant_id = i.tenant_id and c.id = i.customer_id
            where p.payment_date between :from and :to and i.store_id in (:stores)
              and p.receipt_id is null and p.method <> 'DEPOSIT'
            union all
            select 'R' || cp.id, 'On account', null, cp.payment_date, cp.customer_id, %1$s,
                   lower(cp.method),
                   case cp.method when 'CASH' then 'Cash' when 'CHECK' then 'Check'
                                  when 'CARD' then coalesce('Card — ' || nullif(trim(cp.method_name), ''), 'Card')
                                  when 'OTHER' then coalesce(nullif(trim(cp.method_name), ''), 'Other')
                                  else initcap(cp.method) end,
                   nullif(concat_ws(' ', '#' || cp.check_number, '…' || cp.card_last4, cp.auth_code, cp.reference), ''),
                   cp.amount, cp.voided_at is not null, cp.store_id
            from customer_payment cp
            left join contact c on c.tenant_id = cp.tenant_id and c.id = cp.customer_id
            where cp.payment_date between :from and :to and cp.store_id in (:stores)
              and cp.source_payment_id is null and cp.method <> 'DEPOSIT'
            union all
            select 'W' || d.id || case when refund.n = 1 then '-refund' else '' end,
                   'WO ' || wo.number, null,
                   case when refund.n = 1 then (d.settled_at at time zone st.time_zone)::date else d.taken_on end,
                   wo.customer_id, %1$s,
                   case m.method when 'WIRE' then 'other' when 'ACH' then 'other' else lower(m.method) end,
                   case m.method when 'WIRE' then 'Wire' when 'ACH' then 'ACH' else initcap(m.method) end,
                   nullif(concat_ws(' ', 'Deposit', case when refund.n = 1 then d.refund_reference else d.reference end), ''),
                   case when refund.n = 1 then -d.amount else d.amount end, false, wo.store_id
            from work_order_deposit d
            join work_order wo on wo.tenant_id = d.tenant_id and wo.id = d.work_order_id
            join store st on st.tenant_id = wo.tenant_id and st.id = wo.store_id
            left join contact c on c.tenant_id = wo.tenant_id and c.id = wo.customer_id
            cross join lateral (values (0), (1)) refund (n)
            cross join lateral (select case when refund.n = 1 then d.refund_method else d.method end as method) m
            where wo.store_id in (:stores)
              and ((refund.n = 0 and d.taken_on between :from and :to)
                or (refund.n = 1 and d.status = 'REFUNDED'
                    and (d.settled_at at time zone st.time_zone)::date between :from and :to))
            """.formatted(com.jeweltrak.reports.ReportSql.CONTACT_NAME);
}
