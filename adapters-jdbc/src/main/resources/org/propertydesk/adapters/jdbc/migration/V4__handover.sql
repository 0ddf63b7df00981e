-- Shift handover (交接班): handovers with their register, count and questions; the duty log of each
-- post; the office's major and emergency incidents; and the duty schedule the handover desk reads.
-- Conventions as in V1 and V3: every primary key starts with office_id; ids are UUID text; instants
-- are epoch second + nanosecond, durations seconds + nanoseconds; free text is ${text_type};
-- child rows keep the aggregate's order in a position column.

-- A handover in its current state (PREPARING, READY, IN_COUNT, REFUSED, ESCALATED, SIGNED).
-- post_sequence numbers the handovers of a post in the order they were added, so a post's
-- handovers are read in that order through the unique index below; two handovers added to one post
-- at once cannot both take the next number.
create table pd_handover (
    office_id                 char(36)     not null,
    handover_id               char(36)     not null,
    post_id                   char(36)     not null,
    post_sequence             bigint       not null,
    state                     varchar(10)  not null,
    version                   bigint       not null,
    -- the terms, fixed when the outgoing person starts preparing (R-HO-4)
    department                varchar(40)  not null,
    outgoing_id               char(36)     not null,
    shift_change_second       bigint       not null,
    shift_change_nano         integer      not null,
    duty_log_id               char(36)     not null,
    preparation_second        bigint       not null,
    preparation_nano          integer      not null,
    preparation_lead_seconds  bigint       not null,
    preparation_lead_nanos    integer      not null,
    preparation_punctuality   varchar(5)   not null,
    -- the circumstances: who comes in, when they arrived, whether unfit (R-HO-3 d, R-HO-4)
    incoming_id               char(36)     not null,
    arrival_second            bigint,
    arrival_nano              integer,
    arrival_lead_seconds      bigint,
    arrival_lead_nanos        integer,
    arrival_punctuality       varchar(5),
    unfit_by                  char(36),
    unfit_signs               ${text_type},
    unfit_second              bigint,
    unfit_nano                integer,
    -- the signatures of the count (R-HO-7), once given
    outgoing_signer           char(36),
    outgoing_signed_second    bigint,
    outgoing_signed_nano      integer,
    incoming_signer           char(36),
    incoming_signed_second    bigint,
    incoming_signed_nano      integer,
    -- when the state was entered, for the states that record it
    refused_second            bigint,
    refused_nano              integer,
    superior_id               char(36),
    escalated_second          bigint,
    escalated_nano            integer,
    completed_second          bigint,
    completed_nano            integer,
    primary key (office_id, handover_id)
) ${table_options};

-- Handovers.ofPost.
create unique index pd_handover_post on pd_handover (office_id, post_id, post_sequence);

-- The register of shared items (R-HO-2, R-HO-5).
create table pd_handover_item (
    office_id    char(36)     not null,
    handover_id  char(36)     not null,
    position     integer      not null,
    item_id      char(36)     not null,
    name         ${text_type} not null,
    category     varchar(20)  not null,
    registered   integer      not null,
    primary key (office_id, handover_id, position)
) ${table_options};

-- Major equipment starting up or shutting down while the handover is open (R-HO-3 b).
create table pd_handover_equipment (
    office_id    char(36)     not null,
    handover_id  char(36)     not null,
    position     integer      not null,
    equipment    ${text_type} not null,
    primary key (office_id, handover_id, position)
) ${table_options};

-- What the face-to-face count found per register line (R-HO-5); only for handovers that counted.
create table pd_handover_count (
    office_id       char(36)     not null,
    handover_id     char(36)     not null,
    position        integer      not null,
    item_id         char(36)     not null,
    item_condition  varchar(10)  not null,
    counted         integer      not null,
    explanation     ${text_type},
    primary key (office_id, handover_id, position)
) ${table_options};

-- The incoming person's questions and their answers (R-HO-6).
create table pd_handover_question (
    office_id        char(36)     not null,
    handover_id      char(36)     not null,
    position         integer      not null,
    question_id      char(36)     not null,
    question         ${text_type} not null,
    asked_by         char(36)     not null,
    asked_second     bigint       not null,
    asked_nano       integer      not null,
    answered_by      char(36),
    answer           ${text_type},
    answered_second  bigint,
    answered_nano    integer,
    primary key (office_id, handover_id, position)
) ${table_options};

-- The duty log of a post: one per post (DutyLogs.ofPost reads it by the unique index).
create table pd_duty_log (
    office_id    char(36) not null,
    duty_log_id  char(36) not null,
    post_id      char(36) not null,
    version      bigint   not null,
    primary key (office_id, duty_log_id)
) ${table_options};

create unique index pd_duty_log_post on pd_duty_log (office_id, post_id);

-- A matter of the log with its cause, course and result (R-HO-1) and where it stands (R-HO-8):
-- disposition OPEN, CLOSED_OUT or CARRIED_OVER (with the reason).
create table pd_duty_log_entry (
    office_id          char(36)     not null,
    duty_log_id        char(36)     not null,
    entry_id           char(36)     not null,
    position           integer      not null,
    kind               varchar(30)  not null,
    cause              ${text_type} not null,
    course             ${text_type} not null,
    result             ${text_type} not null,
    disposition        varchar(12)  not null,
    carry_over_reason  ${text_type},
    author_id          char(36)     not null,
    at_second          bigint       not null,
    at_nano            integer      not null,
    primary key (office_id, duty_log_id, entry_id)
) ${table_options};

-- A major or emergency incident; unresolved until its resolution is recorded.
create table pd_incident (
    office_id        char(36)     not null,
    incident_id      char(36)     not null,
    kind             varchar(20)  not null,
    description      ${text_type} not null,
    reporter_id      char(36)     not null,
    reported_second  bigint       not null,
    reported_nano    integer      not null,
    unresolved       boolean      not null,
    resolved_by      char(36),
    resolution       ${text_type},
    resolved_second  bigint,
    resolved_nano    integer,
    version          bigint       not null,
    primary key (office_id, incident_id)
) ${table_options};

-- Incidents.open: the office's unresolved incidents, oldest first, without reading resolved ones.
create index pd_incident_open on pd_incident (office_id, unresolved, reported_second, reported_nano, incident_id);

-- The departments a level-2 incident concerns (a fire concerns every post).
create table pd_incident_department (
    office_id    char(36)    not null,
    incident_id  char(36)    not null,
    department   varchar(40) not null,
    primary key (office_id, incident_id, department)
) ${table_options};

-- The duty schedule as the handover desk reads it: each change of shift on a post, who goes off and
-- who comes on. Written by the integrator (JdbcHandover.schedule).
create table pd_shift_change (
    office_id    char(36)    not null,
    post_id      char(36)    not null,
    at_second    bigint      not null,
    at_nano      integer     not null,
    department   varchar(40) not null,
    outgoing_id  char(36)    not null,
    incoming_id  char(36)    not null,
    primary key (office_id, post_id, at_second, at_nano)
) ${table_options};
