-- Whether every product row of a version is in catalogue_product_content. A first start publishes its version (the
-- version row and its snapshot, which holds every product) before writing its 10,000 product rows, so readers are
-- not kept waiting for a record they do not read. A process stopped in between leaves this false; the next version
-- recorded, or the restart's check of the files, writes the missing rows. Portable SQL: runs on H2 and PostgreSQL.
alter table catalogue_version add column contents_stored boolean default true not null;
