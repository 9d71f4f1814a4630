-- How each click arrived: 'redirect' (through /go, all clicks before this version), 'ping' (<a ping>) or 'beacon'
-- (navigator.sendBeacon), and the id a page gives a click it reports, so that its ping and its beacon are stored once.
-- Portable SQL: runs on H2 and PostgreSQL.
alter table click add column channel varchar(8) default 'redirect' not null;
alter table click add column click_id varchar(64);
-- Two reports of one click (possibly at two instances sharing the database) can't both be stored; rows without an id
-- (redirects) are never equal to each other here, as NULLs are distinct in a unique index on both databases.
create unique index click_once_idx on click (click_id, product_id, retailer);
