-- A generated tenant (issue 12 §1), written in bulk by the owner role inside ONE transaction. ${name} placeholders
-- are numbers or dates filled in by GeneratingATenant; nothing typed by a person reaches this script.
-- Every record is written the way the application writes it: an item with its RECEIVE movement and its
-- STOCK_VALUED entry, a finalized invoice with its SALE movements and its INVOICE_FINALIZED entry, a payment with its
-- PAYMENT_RECEIVED entry, a memo with its MEMO_OUT (and MEMO_RETURN) movements, and a global-search entry for each
-- contact, item, invoice and memo. The last step checks the invariants and refuses to commit if one does not hold.

-- step: plan
select setseed(${seed});
create temp table gen_contact on commit drop as
select g, nextval(pg_get_serial_sequence('contact', 'id')) as id, g <= ${vendors} as vendor,
       (array['James','Mary','Robert','Patricia','John','Jennifer','Michael','Linda','David','Elizabeth','William',
              'Barbara','Richard','Susan','Joseph','Jessica','Thomas','Sarah','Charles','Karen','Christopher','Lisa',
              'Daniel','Nancy','Matthew','Betty','Anthony','Sandra','Mark','Ashley','Donald','Emily','Steven',
              'Kimberly','Andrew','Donna','Paul','Michelle','Joshua','Carol','Kenneth','Amanda','Kevin','Melissa',
              'Brian','Deborah','Priya','Mateo'])[1 + (g * 7) % 48] as first_name,
       (array['Smith','Johnson','Williams','Brown','Jones','Garcia','Miller','Davis','Rodriguez','Martinez',
              'Hernandez','Lopez','Gonzalez','Wilson','Anderson','Thomas','Taylor','Moore','Jackson','Martin','Lee',
              'Perez','Thompson','White','Harris','Sanchez','Clark','Ramirez','Lewis','Robinson','Walker','Young',
              'Allen','King','Wright','Scott','Torres','Nguyen','Hill','Flores','Green','Adams','Nelson','Baker',
              'Hall','Rivera','Campbell','Mitchell','Carter','Roberts','Gomez','Phillips','Evans','Turner','Diaz',
              'Parker','Cruz','Edwards','Collins','Reyes','Stewart','Morris','Morales','Murphy'])[1 + (g * 13 + g / 48) % 64] as last_name,
       (array['Springfield','Chicago','Peoria','Champaign','Decatur','Bloomington','Naperville','Rockford'])[1 + g % 8] as city
from generate_series(1, ${contacts}) g;
create temp table gen_customer on commit drop as
select row_number() over (order by g) as rank, id, first_name || ' ' || last_name as name
from gen_contact where not vendor;
create index on gen_customer (rank);

create temp table gen_item on commit drop as
select g, nextval(pg_get_serial_sequence('item', 'id')) as id, ${firstStockId} + g as stock_number,
       case when g % 20 < 12 then 'J' when g % 20 < 14 then 'W' when g % 20 < 17 then 'D' when g % 20 < 19 then 'C'
            else 'P' end as family,
       g % 20 < 4 as stocked_in_quantity,
       case when g % 3 = 0 then ${store2} else ${store1} end as store_id,
       random()::numeric as r1, random()::numeric as r2, random()::numeric as r3,
       'STOCK'::text as fate, null::bigint as rank, 0 as sold, null::date as purchase_date
from generate_series(1, ${items}) g;
-- the unique pieces' fates, in a random order: sold, out on memo, back from memo, still in the case
with ranked as (select id, row_number() over (order by random()) as rank from gen_item where not stocked_in_quantity)
update gen_item i set rank = r.rank,
    fate = case when r.rank <= ${uniqueSold} then 'SOLD'
                when r.rank <= ${uniqueSold} + ${memosOut} then 'MEMO_OUT'
                when r.rank <= ${uniqueSold} + ${memosOut} + ${memosReturned} then 'MEMO_RETURNED'
                else 'STOCK' end
from ranked r where r.id = i.id;
with ranked as (select id, row_number() over (order by id) - 1 as rank from gen_item where stocked_in_quantity)
update gen_item i set rank = r.rank, fate = 'QUANTITY' from ranked r where r.id = i.id;
create index on gen_item (fate, rank);
analyze gen_contact;
analyze gen_customer;
analyze gen_item;

-- invoices: three years of selling days, busier in December, before Valentine's and Mother's Day, on Saturdays
create temp table gen_day on commit drop as
select d, day, w, round(${invoices} * w / sum(w) over ())::int as invoices
from (select d, cast('${today}' as date) - 1094 + d as day,
             (1 + case extract(month from cast('${today}' as date) - 1094 + d)
                      when 12 then 1.6 when 11 then 0.4 when 2 then 0.5 when 5 then 0.4 else 0 end)
             * case extract(isodow from cast('${today}' as date) - 1094 + d) when 6 then 1.3 when 7 then 0.5 else 1 end as w
      from generate_series(0, 1094) d) days;
create temp table gen_invoice on commit drop as
select nextval(pg_get_serial_sequence('invoice', 'id')) as id, x.*,
       -- a few customers buy a great deal: rank ~ N·u^2.5 (a walk-in one sale in five)
       case when random() >= 0.2 then 1 + floor(${customers} * power(random(), 2.5))::int end as customer_rank,
       null::bigint as customer_id,
       (array[${users}])[1 + floor(random() * ${userCount})::int] as salesperson_id,
       1 + floor(random() * 4)::int as line_count,
       false as open, random() < 0.3 as partial
from (select day as invoice_date, case when random() < 0.65 then ${store1} else ${store2} end as store_id, s
      from gen_day cross join lateral generate_series(1, invoices) s) x;
update gen_invoice i set customer_id = c.id from gen_customer c where c.rank = i.customer_rank;
alter table gen_invoice add column number bigint, add column ordinal bigint;
with numbered as (select id, row_number() over (partition by store_id order by invoice_date, id) as number,
                         row_number() over (order by id) as ordinal
                  from gen_invoice)
update gen_invoice i set number = n.number, ordinal = n.ordinal from numbered n where n.id = i.id;
-- the open ones: a weighted sample of the customers' invoices, recent ones far likelier (key u^(1/w))
with chosen as (select id from gen_invoice where customer_id is not null
                order by power(random(), 1.0 / case when cast('${today}' as date) - invoice_date <= 90 then 6
                                                     when cast('${today}' as date) - invoice_date <= 365 then 3
                                                     else 1 end) desc
                limit ${openInvoices})
update gen_invoice i set open = true from chosen c where c.id = i.id;
create index on gen_invoice (id);
analyze gen_invoice;

-- the lines: each slot is a unique piece (each sold once), a piece stocked in quantity, or a bench service
create temp table gen_line on commit drop as
select nextval(pg_get_serial_sequence('invoice_line', 'id')) as id, s.invoice_id, s.k, s.slot,
       case when s.slot <= ${uniqueSold} then 'UNIQUE' when s.slot <= ${uniqueSold} + ${quantityLines} then 'QUANTITY'
            else 'SERVICE' end as plan
from (select i.id as invoice_id, k, row_number() over (order by random()) as slot
      from gen_invoice i cross join lateral generate_series(1, i.line_count) k) s;
alter table gen_line add column item_id bigint;
analyze gen_line;
update gen_line l set item_id = i.id from gen_item i
where l.plan = 'UNIQUE' and i.fate = 'SOLD' and i.rank = l.slot;
-- a quantity line takes the (ordinal + k)-th stocked item: lines of one invoice never name the same item
update gen_line l set item_id = i.id from gen_invoice v, gen_item i
where l.plan = 'QUANTITY' and v.id = l.invoice_id and i.fate = 'QUANTITY'
  and i.rank = (v.ordinal * 7919 + l.k) % ${quantityItems};
update gen_item i set sold = n.sold from (select item_id, count(*) as sold from gen_line where item_id is not null
                                          group by item_id) n where n.item_id = i.id;
-- a piece was bought before it was sold; stocked items three years and a month ago
update gen_item i set purchase_date = v.invoice_date - (5 + floor(i.r3 * 400))::int
from gen_line l join gen_invoice v on v.id = l.invoice_id where l.item_id = i.id and i.fate = 'SOLD';
update gen_item set purchase_date = cast('${today}' as date) - 1125 where fate = 'QUANTITY';

-- memos: one piece each; the open ones went out in the last four months, the returned ones any time
create temp table gen_memo on commit drop as
select nextval(pg_get_serial_sequence('memo', 'id')) as id, i.id as item_id, i.store_id, i.fate = 'MEMO_RETURNED' as returned,
       case when i.fate = 'MEMO_OUT' then cast('${today}' as date) - floor(random() * 120)::int
            else cast('${today}' as date) - 30 - floor(random() * 1000)::int end as memo_date,
       1 + floor(${customers} * power(random(), 2))::int as customer_rank, null::bigint as customer_id
from gen_item i where i.fate in ('MEMO_OUT', 'MEMO_RETURNED');
update gen_memo m set customer_id = c.id from gen_customer c where c.rank = m.customer_rank;
alter table gen_memo add column number bigint, add column line_id bigint, add column return_id bigint,
    add column return_number bigint, add column return_date date;
with numbered as (select id, row_number() over (partition by store_id order by memo_date, id) as number from gen_memo)
update gen_memo m set number = n.number, line_id = nextval(pg_get_serial_sequence('memo_line', 'id'))
from numbered n where n.id = m.id;
with numbered as (select id, row_number() over (partition by store_id order by memo_date, id) as number
                  from gen_memo where returned)
update gen_memo m set return_id = nextval(pg_get_serial_sequence('memo_return', 'id')), return_number = n.number,
    return_date = least(m.memo_date + (3 + floor(random() * 27))::int, cast('${today}' as date))
from numbered n where n.id = m.id;
update gen_item i set purchase_date = m.memo_date - (5 + floor(i.r3 * 400))::int from gen_memo m where m.item_id = i.id;
update gen_item set purchase_date = cast('${today}' as date) - floor(r3 * 1095)::int where purchase_date is null;

-- step: contacts
insert into contact (tenant_id, id, first_name, last_name, company, email, mobile_phone, billing_line1, billing_city,
                     billing_region, billing_postal_code, billing_country, is_customer, is_vendor, marketing_opt_in,
                     created_at, updated_at)
select ${tenant}, id, case when vendor then null else first_name end, case when vendor then null else last_name end,
       case when vendor then last_name || ' & ' || first_name || ' Fine Jewelry Supply ' || g end,
       lower(case when vendor then 'orders' else first_name || '.' || last_name end) || '.' || g || '@example.com',
       '(217) 555-' || lpad((g % 10000)::text, 4, '0'), (100 + g % 9800) || ' ' || last_name || ' Ave', city, 'IL',
       '627' || lpad((g % 100)::text, 2, '0'), 'US', not vendor, vendor, g % 3 = 0,
       cast('${today}' as date) - 1200 + (g % 1200), now()
from gen_contact;
insert into search_entry (tenant_id, record_type, record_id, store_id, identifier, title, subtitle, status, extra_text)
select ${tenant}, 'contact', c.id, null, c.email,
       coalesce(nullif(trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')), ''), c.company),
       case when c.is_vendor then 'Vendor' else 'Customer' end || ' · ' || c.billing_city || ', IL ' || c.billing_postal_code,
       null, c.mobile_phone || ' ' || regexp_replace(c.mobile_phone, '\D', '', 'g') || ' ' || c.billing_line1
from contact c join gen_contact g on g.id = c.id where c.tenant_id = ${tenant};

-- step: items
insert into item (tenant_id, id, stock_number, family, store_id, category, vendor_id, description, taxable,
                  purchase_date, cost, price1, retail_price, in_stock, on_memo, carats, created_at, updated_at)
select ${tenant}, id, stock_number, family, store_id, category,
       vendor_id, description, true, purchase_date, cost,
       price, price,
       case when fate = 'QUANTITY' then ${quantityReceived} - sold when fate in ('STOCK', 'MEMO_RETURNED') then 1 else 0 end,
       case when fate = 'MEMO_OUT' then 1 else 0 end, carats, purchase_date, now()
from (select i.*, round(c.cost * (2.1 + i.r2 * 0.7), -1) - 5 as price, c.cost, d.category, d.description, d.carats,
             v.id as vendor_id
      from gen_item i
      join gen_contact v on v.g = 1 + i.g % ${vendors}
      cross join lateral (select round(case
             when i.stocked_in_quantity then 15 + i.r1 * 150
             when i.family = 'J' then 80 + power(i.r1, 2) * 6000
             when i.family = 'W' then 900 + power(i.r1, 2) * 20000
             when i.family = 'D' then 400 + power(i.r1, 3) * 30000
             when i.family = 'C' then 150 + power(i.r1, 2) * 8000
             else 150 + i.r1 * 3000 end, 2) as cost) c
      cross join lateral (select
             case when i.stocked_in_quantity then (array['Chain','Earrings','Charm','Pendant'])[1 + i.g % 4]
                  when i.family = 'J' then (array['Ring','Earrings','Pendant','Necklace','Bracelet','Band'])[1 + i.g % 6]
                  when i.family = 'W' then 'Watch'
                  when i.family = 'D' then 'Loose Diamond'
                  when i.family = 'C' then (array['Sapphire','Ruby','Emerald','Tanzanite','Spinel'])[1 + i.g % 5]
                  else (array['Pearl Strand','Pearl Earrings'])[1 + i.g % 2] end as category,
             case when i.stocked_in_quantity then (array['14K Yellow Gold Rope Chain 18"','925 Sterling Silver Hoop Earrings',
                      '14K Gold Heart Charm','Sterling Silver Cross Pendant'])[1 + i.g % 4]
                  when i.family = 'J' then (array['14K Yellow Gold','14K White Gold','18K Rose Gold','PT950 Platinum',
                      '925 Sterling Silver'])[1 + i.g % 5] || ' ' || (array['Diamond','Sapphire','Halo','Solitaire',
                      'Eternity','Bypass','Cluster','Vintage'])[1 + (i.g / 5) % 8] || ' '
                      || (array['Ring','Earrings','Pendant','Necklace','Bracelet','Band'])[1 + i.g % 6]
                  when i.family = 'W' then (array['Rolex Submariner','Omega Seamaster','TAG Heuer Carrera','Cartier Tank',
                      'Seiko Presage','Tudor Black Bay','Longines Master','Breitling Navitimer'])[1 + i.g % 8] || ', '
                      || (34 + i.g % 10) || ' mm'
                  when i.family = 'D' then (array['Round','Oval','Princess','Cushion','Emerald','Pear'])[1 + i.g % 6] || ' '
                      || to_char(round(0.3 + power(i.r2, 2) * 3, 2), 'FM0.00') || ' ct '
                      || (array['D','E','F','G','H','I','J'])[1 + i.g % 7] || ' '
                      || (array['VVS1','VVS2','VS1','VS2','SI1','SI2'])[1 + (i.g / 7) % 6] || ' diamond, GIA ' || (2200000000 + i.g)
                  when i.family = 'C' then (array['Ceylon','Burmese','Colombian','Tanzanian','Vietnamese'])[1 + i.g % 5]
                      || ' ' || (array['Sapphire','Ruby','Emerald','Tanzanite','Spinel'])[1 + i.g % 5] || ', oval '
                      || to_char(round(0.5 + power(i.r2, 2) * 4, 2), 'FM0.00') || ' ct'
                  else (array['Akoya white pearl strand 18", 7.5–8.0 mm','Tahitian black pearl stud pair, 10–11 mm'])[1 + i.g % 2]
             end as description,
             case when i.family = 'D' then round(0.3 + power(i.r2, 2) * 3, 2)
                  when i.family = 'C' then round(0.5 + power(i.r2, 2) * 4, 2) end as carats) d) x;
insert into item_jewelry (tenant_id, item_id) select ${tenant}, id from gen_item where family = 'J';
insert into item_watch (tenant_id, item_id, has_box, has_papers) select ${tenant}, id, g % 2 = 0, g % 4 = 0 from gen_item where family = 'W';
insert into item_diamond (tenant_id, item_id, color_class, shape, color, clarity, cut, lab, cert_number)
select ${tenant}, id, 'WHITE', (array['Round','Oval','Princess','Cushion','Emerald','Pear'])[1 + g % 6],
       (array['D','E','F','G','H','I','J'])[1 + g % 7], (array['VVS1','VVS2','VS1','VS2','SI1','SI2'])[1 + (g / 7) % 6],
       (array['EXCELLENT','VERY_GOOD','GOOD'])[1 + g % 3], 'GIA', (2200000000 + g)::text
from gen_item where family = 'D';
insert into item_colored_stone (tenant_id, item_id, species)
select ${tenant}, id, (array['Sapphire','Ruby','Emerald','Tanzanite','Spinel'])[1 + g % 5] from gen_item where family = 'C';
insert into item_pearl (tenant_id, item_id) select ${tenant}, id from gen_item where family = 'P';
insert into stock_movement (tenant_id, item_id, kind, in_stock_delta, carats_delta, reason, occurred_at, user_id)
select ${tenant}, i.id, 'RECEIVE', case when g.fate = 'QUANTITY' then ${quantityReceived} else 1 end, coalesce(i.carats, 0),
       'Initial stock', g.purchase_date + time '10:00', ${owner}
from gen_item g join item i on i.tenant_id = ${tenant} and i.id = g.id;
create temp table gen_entry_item on commit drop as
select nextval(pg_get_serial_sequence('journal_entry', 'id')) as entry_id, i.id as item_id, i.stock_number,
       i.store_id, i.purchase_date, it.cost * (case when i.fate = 'QUANTITY' then ${quantityReceived} else 1 end) as value
from gen_item i join item it on it.tenant_id = ${tenant} and it.id = i.id;
insert into journal_entry (tenant_id, id, entry_date, store_id, document_type, posting, document_id, document_number,
                           memo, created_by, created_at)
select ${tenant}, entry_id, purchase_date, store_id, 'ITEM', 'STOCK_VALUED', item_id, stock_number::text,
       'Received at cost', ${owner}, purchase_date + time '10:00' from gen_entry_item;
insert into journal_line (tenant_id, entry_id, account_id, debit, credit)
select ${tenant}, entry_id, ${account_INVENTORY}, value, 0 from gen_entry_item
union all
select ${tenant}, entry_id, ${account_OWNER_EQUITY}, 0, value from gen_entry_item;
insert into search_entry (tenant_id, record_type, record_id, store_id, identifier, title, subtitle, status, extra_text)
select ${tenant}, case i.family when 'J' then 'jewelry' when 'W' then 'watch' when 'D' then 'diamond'
                               when 'C' then 'colored-stone' else 'pearl' end,
       i.id, i.store_id, i.stock_number::text, i.description,
       case i.family when 'J' then 'Jewelry' when 'W' then 'Watch' when 'D' then 'Diamond' when 'C' then 'Colored Stone'
                     else 'Pearl' end || ' · ' || i.category,
       case when i.in_stock > 0 then 'In stock' when i.on_memo > 0 then 'On memo' else 'None in stock' end, null
from item i join gen_item g on g.id = i.id where i.tenant_id = ${tenant};

-- step: invoices
create temp table gen_line_full on commit drop as
select l.id, l.invoice_id, case when l.plan = 'SERVICE' then 'SERVICE' else 'ITEM' end as kind, l.item_id,
       coalesce(it.description, (array['Ring sizing','Watch battery','Cleaning & inspection','Prong re-tip','Engraving',
                                        'Chain solder','Rhodium plating'])[1 + l.id % 7]) as description,
       1 as quantity, coalesce(it.price1, (array[45, 25, 30, 120, 60, 35, 85])[1 + l.id % 7]) as unit_price,
       case when it.id is not null and l.id % 10 = 0 then round(it.price1 * 0.1, 2) else 0 end as adjustment,
       coalesce(it.cost, 0) as cost
from gen_line l left join item it on it.tenant_id = ${tenant} and it.id = l.item_id;
create temp table gen_figures on commit drop as
select v.id, v.store_id, v.number, v.invoice_date, v.customer_id, v.salesperson_id, v.open, v.partial,
       f.goods, f.services, f.cost, f.goods + f.services as subtotal, round((f.goods + f.services) * ${taxRate}, 2) as tax
from gen_invoice v join (select l.invoice_id,
                                sum(case when l.kind = 'ITEM' then l.quantity * l.unit_price - l.adjustment else 0 end) as goods,
                                sum(case when l.kind = 'SERVICE' then l.quantity * l.unit_price - l.adjustment else 0 end) as services,
                                sum(l.quantity * l.cost) as cost
                         from gen_line_full l group by l.invoice_id) f on f.invoice_id = v.id;
alter table gen_figures add column total numeric, add column paid numeric;
update gen_figures set total = subtotal + tax;
update gen_figures set paid = case when not open then total when partial then round(total * 0.3, 2) else 0 end;
insert into invoice (tenant_id, id, store_id, number, status, customer_id, salesperson_id, invoice_date, tax_rate,
                     created_at, created_by, finalized_at, finalized_by, ar_total, ar_balance, subtotal, tax, total)
select ${tenant}, id, store_id, number, 'FINALIZED', customer_id, salesperson_id, invoice_date, ${taxRate},
       invoice_date + time '11:00', salesperson_id, invoice_date + time '11:30', salesperson_id, total, total - paid,
       subtotal, tax, total
from gen_figures;
insert into invoice_line (tenant_id, id, invoice_id, kind, item_id, description, quantity, unit_price, adjustment,
                          taxable, cost, stock_committed)
select ${tenant}, id, invoice_id, kind, item_id, description, quantity, unit_price, adjustment, true, cost,
       item_id is not null
from gen_line_full;
insert into stock_movement (tenant_id, item_id, kind, in_stock_delta, reason, document_type, document_id, occurred_at, user_id)
select ${tenant}, l.item_id, 'SALE', -l.quantity, 'Sold on invoice ' || f.number, 'INVOICE', f.id,
       f.invoice_date + time '11:30', f.salesperson_id
from invoice_line l join gen_figures f on f.id = l.invoice_id where l.tenant_id = ${tenant} and l.item_id is not null;
create temp table gen_entry_invoice on commit drop as
select nextval(pg_get_serial_sequence('journal_entry', 'id')) as entry_id, f.* from gen_figures f;
insert into journal_entry (tenant_id, id, entry_date, store_id, document_type, posting, document_id, document_number,
                           memo, invoice_id, created_by, created_at)
select ${tenant}, entry_id, invoice_date, store_id, 'INVOICE', 'INVOICE_FINALIZED', id, number::text,
       'Invoice ' || number || ' finalized', id, salesperson_id, invoice_date + time '11:30' from gen_entry_invoice;
insert into journal_line (tenant_id, entry_id, account_id, debit, credit, contact_id)
select ${tenant}, entry_id, ${account_AR}, total, 0, customer_id from gen_entry_invoice
union all select ${tenant}, entry_id, ${account_SALES}, 0, goods, null from gen_entry_invoice where goods <> 0
union all select ${tenant}, entry_id, ${account_SERVICE_REVENUE}, 0, services, null from gen_entry_invoice where services <> 0
union all select ${tenant}, entry_id, ${account_SALES_TAX_PAYABLE}, 0, tax, null from gen_entry_invoice where tax <> 0
union all select ${tenant}, entry_id, ${account_COGS}, cost, 0, null from gen_entry_invoice where cost <> 0
union all select ${tenant}, entry_id, ${account_INVENTORY}, 0, cost, null from gen_entry_invoice where cost <> 0;
insert into search_entry (tenant_id, record_type, record_id, store_id, identifier, title, subtitle, status, extra_text)
select ${tenant}, 'invoice', f.id, f.store_id, f.number::text, 'Invoice ' || f.number || ' — ' || coalesce(c.name, 'Walk-in'),
       f.invoice_date || ' · ' || to_char(f.total, 'FM999,999,990.00'), 'Finalized', c.name
from gen_figures f left join gen_customer c on c.id = f.customer_id;

-- step: payments
create temp table gen_payment on commit drop as
select nextval(pg_get_serial_sequence('invoice_payment', 'id')) as id,
       nextval(pg_get_serial_sequence('journal_entry', 'id')) as entry_id, f.id as invoice_id, f.store_id,
       f.customer_id, f.salesperson_id, f.paid as amount,
       case when m < 0.5 then 'CARD' when m < 0.8 then 'CASH' else 'CHECK' end as method,
       least(f.invoice_date + case when f.customer_id is null or f.partial then 0 else floor(power(random(), 3) * 30)::int end,
             cast('${today}' as date)) as payment_date
from (select f.*, random() as m from gen_figures f where f.paid > 0) f;
insert into invoice_payment (tenant_id, id, invoice_id, method, amount, tendered, change_due, check_number, card_last4,
                             payment_date, created_at, created_by, kind)
select ${tenant}, id, invoice_id, method, amount, amount, 0,
       case when method = 'CHECK' then (1000 + id % 9000)::text end,
       case when method = 'CARD' then lpad((id % 10000)::text, 4, '0') end,
       payment_date, payment_date + time '11:40', salesperson_id, 'PAYMENT'
from gen_payment;
insert into journal_entry (tenant_id, id, entry_date, store_id, document_type, posting, document_id, memo, invoice_id,
                           created_by, created_at)
select ${tenant}, entry_id, payment_date, store_id, 'PAYMENT', 'PAYMENT_RECEIVED', id,
       method || ' payment on invoice id ' || invoice_id, invoice_id, salesperson_id, payment_date + time '11:40'
from gen_payment;
insert into journal_line (tenant_id, entry_id, account_id, debit, credit, contact_id)
select ${tenant}, entry_id, case method when 'CARD' then ${account_CARD_CLEARING} when 'CASH' then ${account_CASH}
                                else ${account_CHECKS} end, amount, 0, null from gen_payment
union all
select ${tenant}, entry_id, ${account_AR}, 0, amount, customer_id from gen_payment;

-- step: memos
insert into memo (tenant_id, id, store_id, number, customer_id, memo_date, expected_return_date, terms, created_at, created_by)
select ${tenant}, id, store_id, number, customer_id, memo_date, memo_date + 30, 'On approval for 30 days.',
       memo_date + time '14:00', ${owner} from gen_memo;
insert into memo_line (tenant_id, id, memo_id, item_id, description, quantity, unit_price, qty_returned)
select ${tenant}, m.line_id, m.id, m.item_id, it.description, 1, it.price1, case when m.returned then 1 else 0 end
from gen_memo m join item it on it.tenant_id = ${tenant} and it.id = m.item_id;
insert into stock_movement (tenant_id, item_id, kind, in_stock_delta, on_memo_delta, reason, document_type, document_id,
                            occurred_at, user_id)
select ${tenant}, item_id, 'MEMO_OUT', -1, 1, 'Out on memo ' || number, 'MEMO', id, memo_date + time '14:00', ${owner}
from gen_memo;
insert into memo_return (tenant_id, id, store_id, number, memo_id, return_date, created_at, created_by)
select ${tenant}, return_id, store_id, return_number, id, return_date, return_date + time '15:00', ${owner}
from gen_memo where returned;
insert into memo_return_line (tenant_id, memo_return_id, memo_line_id, quantity)
select ${tenant}, return_id, line_id, 1 from gen_memo where returned;
insert into stock_movement (tenant_id, item_id, kind, in_stock_delta, on_memo_delta, reason, document_type, document_id,
                            occurred_at, user_id)
select ${tenant}, item_id, 'MEMO_RETURN', 1, -1, 'Returned from memo ' || number, 'MEMO_RETURN', return_id,
       return_date + time '15:00', ${owner}
from gen_memo where returned;
insert into search_entry (tenant_id, record_type, record_id, store_id, identifier, title, subtitle, status, extra_text)
select ${tenant}, 'memo', m.id, m.store_id, m.number::text, 'Memo ' || m.number || ' — ' || c.name,
       m.memo_date || case when m.returned then ' · 0 out · 1 returned · 0 invoiced' else ' · 1 out · 0 returned · 0 invoiced' end,
       case when m.returned then 'Closed' else 'Open' end, c.name
from gen_memo m join gen_customer c on c.id = m.customer_id;

-- step: numbering
insert into number_sequence (tenant_id, name, last_value)
select ${tenant}, 'invoice:' || store_id, max(number) from gen_invoice group by store_id
union all select ${tenant}, 'memo:' || store_id, max(number) from gen_memo group by store_id
union all select ${tenant}, 'memo-return:' || store_id, max(return_number) from gen_memo where returned group by store_id
union all select ${tenant}, 'stock-id', max(stock_number) from gen_item
on conflict (tenant_id, name) do update set last_value = greatest(number_sequence.last_value, excluded.last_value);
