-- Signed-in sessions, kept by Spring Session JDBC so that a restart or another instance of the app
-- keeps people signed in. The layout is Spring Session's own (schema-postgresql.sql of
-- spring-session-jdbc 4.0); its own schema set-up is switched off (spring.session.jdbc.initialize-schema).
-- principal_name is the signed-in person's email address (its index lists a person's sessions), so it is
-- as long as account.email may be (254) rather than Spring Session's 100.
create table spring_session (
    primary_id             char(36)     not null,
    session_id             char(36)     not null,
    creation_time          bigint       not null,
    last_access_time       bigint       not null,
    max_inactive_interval  int          not null,
    expiry_time            bigint       not null,
    principal_name         varchar(254),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id  char(36)      not null,
    attribute_name      varchar(200)  not null,
    attribute_bytes     bytea         not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
