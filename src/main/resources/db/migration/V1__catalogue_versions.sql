-- Published catalogue versions and their products. Portable SQL: runs on H2 and PostgreSQL.
create sequence catalogue_version_seq start with 1 increment by 50;
create table catalogue_version (
    id             bigint       not null primary key,
    content_hash   varchar(64)  not null,
    published_at   timestamp(6) with time zone not null,
    product_count  integer      not null,
    file_hashes    text         not null,
    changed_files  text         not null,
    catalogue_json text         not null
);

create sequence catalogue_product_seq start with 1 increment by 50;
create table catalogue_product (
    id           bigint       not null primary key,
    version_id   bigint       not null references catalogue_version (id),
    product_id   varchar(80)  not null,
    name         varchar(200) not null,
    category     varchar(80)  not null,
    product_json text         not null
);
create index catalogue_product_version_idx on catalogue_product (version_id);
