-- Complaints (R-CO-1..R-CO-9): each complaint with its intake facts and the state queries need, its
-- whole history one row per event, each office's complaint policy, and the fee ledger's standings.
-- Portable types only; ids are 36-character UUID text, instants epoch second + nanosecond, durations
-- second + nanosecond, enums by name. Every primary key starts with office_id (K-1).

-- One row per complaint, never deleted (R-CO-9). The intake facts are the registration's; class,
-- step, closed and department are the current state, kept for queries (the complaint itself is
-- rebuilt from its history). history_size counts the history's events as of this version: a reader
-- ignores rows beyond it (a concurrent update's), so it always sees one version whole.
-- complainant and location hold up to 100 and 200 characters.
create table pd_complaint (
    office_id          char(36)     not null,
    complaint_id       char(36)     not null,
    version            bigint       not null,
    history_size       integer      not null,
    complainant        varchar(100) not null,
    registered_second  bigint       not null,
    registered_nano    integer      not null,
    subject            varchar(30)  not null,
    location           varchar(200) not null,
    cause              varchar(20)  not null,
    utility            varchar(10),
    ask                varchar(30)  not null,
    repair             varchar(20),
    important          boolean      not null,
    account            ${text_type} not null,
    class_kind         varchar(20)  not null,
    class_value        varchar(30)  not null,
    step               varchar(30)  not null,
    closed             boolean      not null,
    department         varchar(40),
    primary key (office_id, complaint_id)
) ${table_options};

-- The work queue reads an office's open complaints in registration order.
create index pd_complaint_open on pd_complaint (office_id, closed, registered_second, registered_nano, complaint_id);
-- A complainant's earlier complaints (R-CO-5) and a period's complaints (R-CO-8).
create index pd_complaint_complainant on pd_complaint (office_id, complainant, registered_second, registered_nano);
create index pd_complaint_registered on pd_complaint (office_id, registered_second, registered_nano, complaint_id);

-- A complaint's history, oldest first from sequence 0 (its registration); rows are only ever
-- added (R-CO-9). Each event type fills the columns it has, the rest stay null:
--   by_id: who acted (every event but Escalated); supervisor_id: ImportantComplaintReported;
--   action, step: StepTaken; department: ResponsibleDepartmentDetermined, ReferredToDepartment;
--   standing: PaymentStatusChecked; reply_text, commitment: ReplyGiven, CommitmentAwaitingApproval,
--   CommitmentApproved; satisfied: ReturnVisited; reason: ClassificationCorrected, WaitingForResident;
--   to_kind, to_value: the class a Registered, ClassificationCorrected or Escalated event gives,
--   from_kind, from_value: the class the latter two left; trigger_*: an Escalated event's trigger
--   (DEADLINE_PASSED: target and due instant; DISSATISFIED_AT_RETURN_VISIT: visit instant;
--   RAISED_AGAIN: the earlier complaint).
create table pd_complaint_event (
    office_id             char(36)     not null,
    complaint_id          char(36)     not null,
    sequence              integer      not null,
    event_type            varchar(40)  not null,
    at_second             bigint       not null,
    at_nano               integer      not null,
    by_id                 char(36),
    supervisor_id         char(36),
    action                varchar(60),
    step                  varchar(30),
    department            varchar(40),
    standing              varchar(20),
    reply_text            ${text_type},
    commitment            ${text_type},
    satisfied             boolean,
    reason                ${text_type},
    from_kind             varchar(20),
    from_value            varchar(30),
    to_kind               varchar(20),
    to_value              varchar(30),
    trigger_kind          varchar(30),
    trigger_target        varchar(20),
    trigger_second        bigint,
    trigger_nano          integer,
    trigger_complaint_id  char(36),
    primary key (office_id, complaint_id, sequence)
) ${table_options};

-- Each office's complaint policy (R-CO-4, R-CO-5, R-CO-8); an office without a row has the defaults.
-- answer_clock HOURS uses answer_second/answer_nano, WORKING_DAYS uses answer_days.
create table pd_complaint_policy (
    office_id                   char(36)    not null,
    answer_clock                varchar(12) not null,
    answer_second               bigint,
    answer_nano                 integer,
    answer_days                 integer,
    urgent_on_site_second       bigint      not null,
    urgent_on_site_nano         integer     not null,
    urgent_fixed_second         bigint      not null,
    urgent_fixed_nano           integer     not null,
    ordinary_on_site_second     bigint      not null,
    ordinary_on_site_nano       integer     not null,
    ordinary_done_second        bigint      not null,
    ordinary_done_nano          integer     not null,
    return_visit_second         bigint      not null,
    return_visit_nano           integer     not null,
    repeat_window_second        bigint      not null,
    repeat_window_nano          integer     not null,
    recurrence_count            integer     not null,
    recurrence_window_second    bigint      not null,
    recurrence_window_nano      integer     not null,
    version                     bigint      not null,
    primary key (office_id)
) ${table_options};

-- Per target of a policy: whether its clock pauses while the desk waits for the resident, and its
-- due-soon warning window (null: none). A target with neither has no row.
create table pd_complaint_policy_target (
    office_id        char(36)    not null,
    target           varchar(20) not null,
    paused           boolean     not null,
    due_soon_second  bigint,
    due_soon_nano    integer,
    primary key (office_id, target)
) ${table_options};

-- The fee ledger's standing of each complainant (R-CO-3 ③), as the embedder copies it from the
-- vendor's system; a complainant without a row stands UNKNOWN.
create table pd_payment_standing (
    office_id    char(36)     not null,
    complainant  varchar(100) not null,
    standing     varchar(20)  not null,
    primary key (office_id, complainant)
) ${table_options};
