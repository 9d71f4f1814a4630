-- Outbound clicks through /go/{productId}/{retailer}. Portable SQL: runs on H2 and PostgreSQL.
-- No IP address and no raw user agent are stored; bot says whether the user agent is on the crawler list.
create sequence click_seq start with 1 increment by 50;
create table click (
    id                bigint       not null primary key,
    clicked_at        timestamp(6) with time zone not null,
    click_day         date         not null,
    product_id        varchar(80)  not null,
    retailer          varchar(80)  not null,
    catalogue_version varchar(16)  not null,
    placement         varchar(20)  not null,
    source_post       varchar(500),
    bot               boolean      not null
);
-- Statistics filter by day range, and the retention job deletes by day.
create index click_day_idx on click (click_day);
