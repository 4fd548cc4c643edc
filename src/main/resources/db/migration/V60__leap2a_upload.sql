-- A Leap2A file a candidate uploaded to import evidence from another ePortfolio, kept between the
-- preview and the confirmation (never in the session, so a restart or another instance finds it).
-- Only its uploader may read it, for the portfolio it was uploaded to; it expires, and is deleted
-- once imported or discarded.
create table leap2a_upload (
    id           uuid primary key,
    portfolio_id bigint                   not null references portfolio (id) on delete cascade,
    owner_id     bigint                   not null references account (id) on delete cascade,
    file_name    varchar(255)             not null,
    size_bytes   bigint                   not null,
    content      bytea                    not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null
);

create index leap2a_upload_expiry on leap2a_upload (expires_at);
create index leap2a_upload_portfolio on leap2a_upload (portfolio_id);
