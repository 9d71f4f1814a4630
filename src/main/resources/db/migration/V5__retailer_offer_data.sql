-- Retailer data: prices, availability and image links fetched from retailers' APIs (and, later, product feeds).
-- Not catalogue data: it changes hourly and never goes into git. One row per offer (a product at a retailer), the
-- latest fetch only: Amazon allows no price history. Portable SQL: runs on H2 and PostgreSQL.
create table retailer_offer_data (
    product_id   varchar(80)  not null,
    retailer     varchar(80)  not null,
    source       varchar(120) not null,
    amount       decimal(12, 2),
    currency     varchar(3),
    availability varchar(16)  not null,
    image_url    varchar(2000),
    problem      varchar(500),
    fetched_at   timestamp(6) with time zone not null,
    primary key (product_id, retailer)
);
-- Expired data (Amazon: older than 24 hours) is deleted by fetch time.
create index retailer_offer_data_fetched_idx on retailer_offer_data (fetched_at);
