-- A wholesale sale is tax-free when the customer holds a resale certificate in force for the store's state on the
-- invoice date (08-accounting §Sales Tax R8, 07-contacts §Resale Certificates): the invoice names the certificate that
-- qualified, refreshed whenever its customer or date changes and again when it is finalized.
alter table invoice add column resale_certificate_id bigint;
alter table invoice add constraint invoice_resale_certificate_fk
    foreign key (tenant_id, resale_certificate_id) references resale_certificate (tenant_id, id);
