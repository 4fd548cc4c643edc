-- Failed sign-ins, counted by every instance of the app alike (SignInThrottle). A row is one failure
-- counted under one key ("account:" + email address, "address:" + client address, ...); the key is
-- kept as the hex SHA-256 of its text, so the table holds neither addresses nor whatever was typed
-- into the email field (sometimes a password). Rows older than the throttle's window are deleted.
create table sign_in_failure (
    id            bigint generated always as identity primary key,
    throttle_key  char(64)                 not null,
    failed_at     timestamp with time zone not null
);

create index sign_in_failure_key_time on sign_in_failure (throttle_key, failed_at desc);
create index sign_in_failure_time on sign_in_failure (failed_at);
