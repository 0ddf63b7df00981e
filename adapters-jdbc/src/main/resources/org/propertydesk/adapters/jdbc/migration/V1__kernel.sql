-- Shared kernel: staff directory, business calendars, audit trail.
-- One migration set for H2, PostgreSQL and MariaDB: portable types only. Every primary key starts
-- with office_id, so one office is one shard (distribution column for Citus).
-- Ids are UUIDs in their 36-character text form; instants are epoch seconds + nanoseconds so they
-- read back exactly (audit hashes depend on it).

create table pd_staff (
    office_id    char(36)     not null,
    staff_id     char(36)     not null,
    name         varchar(200) not null,
    role         varchar(40)  not null,
    department   varchar(40)  not null,
    superior_id  char(36),
    clearance    varchar(20)  not null,
    version      bigint       not null,
    primary key (office_id, staff_id)
) ${table_options};

create table pd_calendar (
    office_id  char(36)    not null,
    zone       varchar(64) not null,
    version    bigint      not null,
    primary key (office_id)
) ${table_options};

-- A working window of the day in seconds from midnight; end_second 86400 is 24:00.
create table pd_calendar_window (
    office_id     char(36) not null,
    position      integer  not null,
    start_second  integer  not null,
    end_second    integer  not null,
    primary key (office_id, position)
) ${table_options};

create table pd_calendar_weekend (
    office_id    char(36)   not null,
    day_of_week  varchar(9) not null,
    primary key (office_id, day_of_week)
) ${table_options};

-- kind HOLIDAY: statutory holiday; MAKE_UP: make-up working day (调休上班).
create table pd_calendar_day (
    office_id  char(36)   not null,
    calendar_date  date   not null,
    kind       varchar(8) not null,
    primary key (office_id, calendar_date)
) ${table_options};

create table pd_audit_entry (
    office_id      char(36)      not null,
    sequence       bigint        not null,
    at_second      bigint        not null,
    at_nano        integer       not null,
    actor_id       char(36)      not null,
    action         varchar(200)  not null,
    subject        varchar(1000) not null,
    outcome        varchar(10)   not null,
    rule_id        varchar(10),
    previous_hash  char(64)      not null,
    hash           char(64)      not null,
    primary key (office_id, sequence)
) ${table_options};

-- The head of each office's chain: the row appends lock, so concurrent writers queue up instead
-- of forking the chain; it also records how long the chain is, so cutting entries off shows.
create table pd_audit_head (
    office_id  char(36) not null,
    sequence   bigint   not null,
    hash       char(64) not null,
    primary key (office_id)
) ${table_options};
