-- PDF exports as jobs any instance may run (db-scheduler task "pdf-export", task_instance = id): who
-- started it, for which portfolio, how far it has got (read by whichever instance serves the progress
-- page), and once it is ready its PDF, kept here until it expires.
create table export_job (
    id             uuid                     primary key,
    owner_id       bigint                   not null references account (id) on delete cascade,
    portfolio_id   bigint                   not null references portfolio (id) on delete cascade,
    state          varchar(10)              not null,
    step_key       varchar(60)              not null,
    step_done      int                      not null default 0,
    step_total     int                      not null default 0,
    attempts       int                      not null default 0,
    created_at     timestamp with time zone not null,
    finished_at    timestamp with time zone,
    pdf_size       bigint,
    constraint export_job_state check (state in ('WAITING', 'RUNNING', 'READY', 'FAILED'))
);

create index export_job_owner on export_job (owner_id, portfolio_id);
create index export_job_finished on export_job (finished_at) where finished_at is not null;

-- The finished PDF: streamed in, read back in chunks with substring(), stored uncompressed (EXTERNAL)
-- so that a chunk is read without decompressing the whole value.
create table export_pdf (
    job_id   uuid  primary key references export_job (id) on delete cascade,
    content  bytea not null
);

alter table export_pdf alter column content set storage external;
