-- Spring Modulith's event publication registry (its version 2 schema for PostgreSQL): each event a
-- transactional listener must hear is stored here in the transaction that published it, and stays
-- until the listener has handled it, so an email survives a restart or a mail server that is down.
-- Completed publications are deleted (spring.modulith.events.completion-mode=delete).
create table event_publication (
    id                      uuid                     not null primary key,
    listener_id             text                     not null,
    event_type              text                     not null,
    serialized_event        text                     not null,
    publication_date        timestamp with time zone not null,
    completion_date         timestamp with time zone,
    status                  text,
    completion_attempts     int,
    last_resubmission_date  timestamp with time zone
);

create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
