-- db-scheduler's table (its PostgreSQL schema for version 16): one row per scheduled execution, which
-- every instance polls and claims with optimistic locking (picked, picked_by, version). A running
-- execution's heartbeat tells the others it is alive; one whose heartbeat stops is run again elsewhere.
-- Recurring tasks (expired exports, unsent email) keep one row each, so the cluster runs them once.
create table scheduled_tasks (
    task_name             text                     not null,
    task_instance         text                     not null,
    task_data             bytea,
    execution_time        timestamp with time zone not null,
    picked                boolean                  not null,
    picked_by             text,
    last_success          timestamp with time zone,
    last_failure          timestamp with time zone,
    consecutive_failures  int,
    last_heartbeat        timestamp with time zone,
    version               bigint                   not null,
    priority              smallint,
    primary key (task_name, task_instance)
);

create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
