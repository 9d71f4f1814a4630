-- Products are stored once per distinct content instead of once per version: a reload that changes one file of a
-- 10,000-product catalogue writes one product row, not 10,000. Each version lists its products as a JSON object
-- (product id -> content key). Portable SQL: runs on H2 and PostgreSQL.
--
-- The per-version rows of V1 are dropped: their content keys cannot be computed in SQL. Versions recorded before
-- this migration keep their history (time, files, changes) but can no longer be served from the database; the
-- first start after it records the files on disk as a new version.
create table catalogue_product_content (
    content_key  varchar(64)  not null primary key,
    product_id   varchar(80)  not null,
    name         varchar(200) not null,
    category     varchar(80)  not null,
    product_json text         not null
);
create index catalogue_product_content_product_idx on catalogue_product_content (product_id);

-- Null for versions whose products were pruned (older than catalog.keep-versions) or recorded before V3.
alter table catalogue_version add column product_keys text;
-- How the files were read (see LoaderFingerprint): stored products are reused in place of parsing only if it matches.
alter table catalogue_version add column loader_fingerprint varchar(64);

drop table catalogue_product;
drop sequence catalogue_product_seq;
