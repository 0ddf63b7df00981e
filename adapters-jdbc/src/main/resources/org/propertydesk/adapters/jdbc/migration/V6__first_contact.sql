-- First-contact responsibility (R-FC-1..R-FC-9): service requests with their transfers,
-- acceptances, coordination forms, replies and contacts in child tables, and each department's
-- reception log. Portable types only; ids are 36-character UUID text, instants epoch second +
-- nanosecond, enums by name. Every primary key starts with office_id (K-1).

-- One row per service request. The stage's own facts sit in the columns of its status: TRANSFERRED
-- names its pending transfer by position; IN_HANDLING has handler, department, since; COMPLETED and
-- CLOSED have the completion report; CLOSED also who closed it and when. customer_name and
-- customer_contact hold up to 200 characters each; matter and result have no limit.
--
-- A request's transfers, acceptances, coordination forms, replies and contacts only ever grow: their
-- child rows are only added, and the *_count columns say how many belong to this version, so a
-- reader ignores rows a concurrent update added after the request row it read. The concern's rows
-- are kept per assessment; concern_version names the current one.
create table pd_service_request (
    office_id                 char(36)     not null,
    request_id                char(36)     not null,
    version                   bigint       not null,
    kind                      varchar(30)  not null,
    channel                   varchar(10)  not null,
    customer_name             varchar(200) not null,
    customer_contact          varchar(200) not null,
    matter                    ${text_type} not null,
    across_offices            boolean      not null,
    first_contact_id          char(36)     not null,
    first_contact_department  varchar(40)  not null,
    received_second           bigint       not null,
    received_nano             integer      not null,
    status                    varchar(20)  not null,
    pending_transfer          integer,
    handler_id                char(36),
    handling_department       varchar(40),
    handling_second           bigint,
    handling_nano             integer,
    completed_second          bigint,
    completed_nano            integer,
    result                    ${text_type},
    reported_by               char(36),
    reported_department       varchar(40),
    reported_to               char(36),
    reported_second           bigint,
    reported_nano             integer,
    closed_by                 char(36),
    closed_second             bigint,
    closed_nano               integer,
    expected_second           bigint,
    expected_nano             integer,
    concern_version           bigint       not null,
    transfer_count            integer      not null,
    acceptance_count          integer      not null,
    form_count                integer      not null,
    reply_count               integer      not null,
    contact_count             integer      not null,
    primary key (office_id, request_id)
) ${table_options};

-- "Still mine" (R-FC-1): the requests someone took first, oldest reception first.
create index pd_service_request_first_contact
    on pd_service_request (office_id, first_contact_id, received_second, received_nano, request_id);

-- The departments the request concerns (R-FC-3, R-FC-4) as of the request version that set them
-- (received or assessed); none: unclear.
create table pd_service_request_concern (
    office_id   char(36)    not null,
    request_id  char(36)    not null,
    version     bigint      not null,
    department  varchar(40) not null,
    primary key (office_id, request_id, version, department)
) ${table_options};

-- Every change of hands, in order from position 0 (R-FC-6).
create table pd_service_request_transfer (
    office_id       char(36)    not null,
    request_id      char(36)    not null,
    position        integer     not null,
    from_id         char(36)    not null,
    to_id           char(36)    not null,
    to_department   varchar(40) not null,
    method          varchar(20) not null,
    consent_second  bigint,
    consent_nano    integer,
    at_second       bigint      not null,
    at_nano         integer     not null,
    primary key (office_id, request_id, position)
) ${table_options};

-- Every department that took the request on, in order (R-FC-5, R-FC-7).
create table pd_service_request_acceptance (
    office_id       char(36)    not null,
    request_id      char(36)    not null,
    position        integer     not null,
    by_id           char(36)    not null,
    department      varchar(40) not null,
    wrong_transfer  boolean     not null,
    at_second       bigint      not null,
    at_nano         integer     not null,
    primary key (office_id, request_id, position)
) ${table_options};

-- 客户接待事项协调单 filed for the request, in order (R-FC-4, R-FC-5), with their departments.
create table pd_coordination_form (
    office_id        char(36)    not null,
    request_id       char(36)    not null,
    position         integer     not null,
    reason           varchar(30) not null,
    lead_department  varchar(40) not null,
    filed_by         char(36)    not null,
    filed_with       char(36)    not null,
    at_second        bigint      not null,
    at_nano          integer     not null,
    primary key (office_id, request_id, position)
) ${table_options};

create table pd_coordination_form_department (
    office_id   char(36)    not null,
    request_id  char(36)    not null,
    position    integer     not null,
    department  varchar(40) not null,
    primary key (office_id, request_id, position, department)
) ${table_options};

-- What the customer was told, in order (R-FC-8).
create table pd_customer_reply (
    office_id   char(36)     not null,
    request_id  char(36)     not null,
    position    integer      not null,
    reply_text  ${text_type} not null,
    by_id       char(36)     not null,
    department  varchar(40)  not null,
    at_second   bigint       not null,
    at_nano     integer      not null,
    primary key (office_id, request_id, position)
) ${table_options};

-- Every time the customer came or called about the request, the reception first (R-FC-9).
create table pd_service_request_contact (
    office_id   char(36) not null,
    request_id  char(36) not null,
    position    integer  not null,
    at_second   bigint   not null,
    at_nano     integer  not null,
    primary key (office_id, request_id, position)
) ${table_options};

-- Each department's 接待业主情况记录 (R-FC-7): append-only lines, position counting from 1 per
-- office and department in the order they were recorded.
create table pd_reception_entry (
    office_id         char(36)     not null,
    department        varchar(40)  not null,
    position          bigint       not null,
    request_id        char(36)     not null,
    first_contact_id  char(36)     not null,
    recorded_by       char(36)     not null,
    kind              varchar(30)  not null,
    matter            ${text_type} not null,
    at_second         bigint       not null,
    at_nano           integer      not null,
    primary key (office_id, department, position)
) ${table_options};

-- The last position of each department's log; recording locks it, so positions never fork.
create table pd_reception_head (
    office_id   char(36)    not null,
    department  varchar(40) not null,
    position    bigint      not null,
    primary key (office_id, department)
) ${table_options};
