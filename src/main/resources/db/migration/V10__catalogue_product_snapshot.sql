-- The products of the latest published version in one compact binary snapshot (CBOR, deflated; see
-- ProductSnapshot), so that a restart reads one row instead of one JSON row per product and parses a binary form.
-- Only the latest version has one; catalogue_product_content stays the record and the fallback when a snapshot is
-- missing or unreadable. Portable SQL: runs on H2 and PostgreSQL (bytea is binary varying in both).
create table catalogue_product_snapshot (
    version_id bigint not null primary key references catalogue_version (id),
    products   bytea  not null
);
