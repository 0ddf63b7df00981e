-- Duty rosters (排班): one roster per department, office and period, with its posts, its team, every
-- version it went through, the change requests made against it and the records of staff leaving a
-- post. Stored relationally so a report can ask "who was rostered on the lobby on 1 October in
-- version 2" or "which change requests are still pending" without decoding anything.
-- Conventions as in V1: every primary key starts with office_id; ids are UUID text; instants are
-- epoch second + nanosecond; local times of day are nanoseconds from midnight (a window ending at
-- 24:00 is stored as 0, as java.time.LocalTime.MIDNIGHT, and read back as such); free text is
-- ${text_type}. Child rows keep the aggregate's order in a position column.

create table pd_roster (
    office_id        char(36)     not null,
    roster_id        char(36)     not null,
    department       varchar(40)  not null,
    period_first     date         not null,
    period_last      date         not null,
    -- a manager's approval to publish late (R-RO-5), all null when there is none
    late_by          char(36),
    late_second      bigint,
    late_nano        integer,
    late_reason      ${text_type},
    version          bigint       not null,
    primary key (office_id, roster_id)
) ${table_options};

-- Rosters.overlapping: the office's rosters whose period shares a date with a range.
create index pd_roster_period on pd_roster (office_id, period_last, period_first);

create table pd_roster_post (
    office_id           char(36)     not null,
    roster_id           char(36)     not null,
    position            integer      not null,
    post_id             char(36)     not null,
    name                ${text_type} not null,
    department          varchar(40)  not null,
    supervisor_id       char(36)     not null,
    around_the_clock    boolean      not null,
    working_days_only   boolean      not null,
    duty_manager_post   boolean      not null,
    primary key (office_id, roster_id, position)
) ${table_options};

-- A shift of a post's pattern, in pattern order, with the staff it needs (R-RO-2, R-RO-5). A shift
-- code is a short name: up to 40 characters.
create table pd_roster_shift (
    office_id         char(36)    not null,
    roster_id         char(36)    not null,
    post_position     integer     not null,
    position          integer     not null,
    code              varchar(40) not null,
    start_nano        bigint      not null,
    end_nano          bigint      not null,
    break_start_nano  bigint,
    break_end_nano    bigint,
    ordinary_staff    integer     not null,
    holiday_staff     integer     not null,
    primary key (office_id, roster_id, post_position, position)
) ${table_options};

create table pd_roster_team (
    office_id  char(36)    not null,
    roster_id  char(36)    not null,
    staff_id   char(36)    not null,
    role       varchar(40) not null,
    primary key (office_id, roster_id, staff_id)
) ${table_options};

create table pd_roster_scheduler (
    office_id  char(36) not null,
    roster_id  char(36) not null,
    staff_id   char(36) not null,
    primary key (office_id, roster_id, staff_id)
) ${table_options};

-- One version of the roster (R-RO-6), in order; state DRAFT, PUBLISHED or SUPERSEDED. Published and
-- superseded versions say who published them and when, and which approved change issued them;
-- superseded ones also by which version and when they were withdrawn.
create table pd_roster_version (
    office_id          char(36)    not null,
    roster_id          char(36)    not null,
    position           integer     not null,
    number             integer     not null,
    state              varchar(10) not null,
    published_by       char(36),
    published_second   bigint,
    published_nano     integer,
    issued_for         char(36),
    superseded_by      integer,
    superseded_second  bigint,
    superseded_nano    integer,
    primary key (office_id, roster_id, position)
) ${table_options};

-- The assignments of each version: staff member x post x shift x date, with a staggered meal break
-- where the assignment has its own.
create table pd_roster_assignment (
    office_id         char(36)    not null,
    roster_id         char(36)    not null,
    version_position  integer     not null,
    line              integer     not null,
    staff_id          char(36)    not null,
    post_id           char(36)    not null,
    shift             varchar(40) not null,
    assignment_date   date        not null,
    break_start_nano  bigint,
    break_end_nano    bigint,
    primary key (office_id, roster_id, version_position, line)
) ${table_options};

-- Who must acknowledge a published version (to_acknowledge), and who did when (acknowledged_*).
create table pd_roster_acknowledgement (
    office_id              char(36) not null,
    roster_id              char(36) not null,
    version_position       integer  not null,
    staff_id               char(36) not null,
    to_acknowledge         boolean  not null,
    acknowledged_second    bigint,
    acknowledged_nano      integer,
    primary key (office_id, roster_id, version_position, staff_id)
) ${table_options};

-- A change request (R-RO-6): kind SWAP (first and second assignment), REPLACEMENT (first assignment
-- and replacement) or SICK_LEAVE (first assignment, certificate and replacement if given); decision
-- PENDING, APPROVED (with the version it issued) or REJECTED (with a reason).
create table pd_roster_change (
    office_id               char(36)     not null,
    roster_id               char(36)     not null,
    position                integer      not null,
    change_id               char(36)     not null,
    kind                    varchar(12)  not null,
    first_staff_id          char(36)     not null,
    first_post_id           char(36)     not null,
    first_shift             varchar(40)  not null,
    first_date              date         not null,
    first_break_start_nano  bigint,
    first_break_end_nano    bigint,
    second_staff_id         char(36),
    second_post_id          char(36),
    second_shift            varchar(40),
    second_date             date,
    second_break_start_nano bigint,
    second_break_end_nano   bigint,
    replacement_id          char(36),
    certificate             ${text_type},
    requested_by            char(36)     not null,
    requested_second        bigint       not null,
    requested_nano          integer      not null,
    reason                  ${text_type} not null,
    decision                varchar(10)  not null,
    decided_by              char(36),
    decided_second          bigint,
    decided_nano            integer,
    issued_version          integer,
    rejection_reason        ${text_type},
    primary key (office_id, roster_id, position)
) ${table_options};

-- A staff member away from their post (R-RO-7): kind TEMPORARY_ABSENCE (consent and relief given)
-- or LEFT_POST (either may be missing, flagged by without_consent / without_relief).
create table pd_roster_leaving (
    office_id            char(36)    not null,
    roster_id            char(36)    not null,
    position             integer     not null,
    kind                 varchar(20) not null,
    staff_id             char(36)    not null,
    post_id              char(36)    not null,
    away_start_second    bigint      not null,
    away_start_nano      integer     not null,
    away_end_second      bigint      not null,
    away_end_nano        integer     not null,
    consent_by           char(36),
    relief_id            char(36),
    relief_second        bigint,
    relief_nano          integer,
    without_consent      boolean     not null,
    without_relief       boolean     not null,
    primary key (office_id, roster_id, position)
) ${table_options};
