-- Risk notices (风险防范): notices with their addressees and evidence, arrears with the demands
-- proven served on them, hazardous work orders, incident records with what staff did, and each
-- office's register of shops and key units. Relational throughout, so a report can ask "which
-- notices to 3-1201 are still unserved" without decoding anything. Every primary key starts with
-- office_id; instants are epoch seconds + nanoseconds as in V1; enums are stored by name. Names
-- and archive references hold up to 200 characters, free prose is ${text_type}.

-- A notice (R-RN-1..R-RN-9). Its particulars share columns by kind:
--   RECTIFICATION     details = breach, serious, copy_to_authority
--   ARREARS_DEMAND    arrears_id
--   ADVANCE_NOTICE    details = matter, starts = when the matter starts
--   SAFETY_WARNING    work_order_id, details = hazard
--   FORCE_MAJEURE     details = the event expected
--   PLANNED_OUTAGE    utility, starts = when the cut starts
--   MUNICIPAL_OUTAGE  utility, starts = when the cut starts
create table pd_notice (
    office_id          char(36)     not null,
    notice_id          char(36)     not null,
    version            bigint       not null,
    issued_by          char(36)     not null,
    kind               varchar(20)  not null,
    state              varchar(10)  not null,
    drafted_second     bigint       not null,
    drafted_nano       integer      not null,
    issued_second      bigint,
    issued_nano        integer,
    served_second      bigint,
    served_nano        integer,
    ended_second       bigint,
    ended_nano         integer,
    details            ${text_type},
    serious            boolean,
    copy_to_authority  boolean,
    arrears_id         char(36),
    work_order_id      char(36),
    utility            varchar(5),
    starts_second      bigint,
    starts_nano        integer,
    primary key (office_id, notice_id)
) ${table_options};

-- Who a notice goes to and by which channel, in the order the notice names them.
create table pd_notice_addressee (
    office_id  char(36)     not null,
    notice_id  char(36)     not null,
    position   integer      not null,
    party      varchar(20)  not null,
    who        varchar(200) not null,
    channel    varchar(40)  not null,
    primary key (office_id, notice_id, position)
) ${table_options};

-- A notice's proof in the order it was kept (R-RN-9). kind is STUB, DELIVERY_RECEIPT, PHOTO,
-- UTILITY_NOTICE or PROGRESS_UPDATE; party, who and channel name the addressee a delivery receipt
-- proves service to, or the posting a photo shows; served is set for a delivery receipt only.
create table pd_notice_evidence (
    office_id        char(36)     not null,
    notice_id        char(36)     not null,
    position         integer      not null,
    kind             varchar(20)  not null,
    reference        varchar(200) not null,
    recorded_second  bigint       not null,
    recorded_nano    integer      not null,
    party            varchar(20),
    who              varchar(200),
    channel          varchar(40),
    served_second    bigint,
    served_nano      integer,
    primary key (office_id, notice_id, position)
) ${table_options};

-- One overdue fee (R-RN-3); settled_on is null while it is outstanding. When its limitation ends is
-- derived from due_on and the served demands, never stored.
create table pd_arrears (
    office_id   char(36)     not null,
    arrears_id  char(36)     not null,
    version     bigint       not null,
    fee         varchar(200) not null,
    debtor      varchar(200) not null,
    due_on      date         not null,
    settled_on  date,
    primary key (office_id, arrears_id)
) ${table_options};

-- The outstanding arrears of an office, in id order, straight from the index.
create index pd_arrears_outstanding on pd_arrears (office_id, settled_on, arrears_id);

-- The payment demands proven served on an arrears, in the order they were recorded.
create table pd_arrears_demand (
    office_id   char(36) not null,
    arrears_id  char(36) not null,
    position    integer  not null,
    notice_id   char(36) not null,
    served_on   date     not null,
    primary key (office_id, arrears_id, position)
) ${table_options};

-- A hazardous work order (R-RN-5); warning_id is the registered warning-sign notice.
create table pd_hazardous_work (
    office_id      char(36)     not null,
    work_order_id  char(36)     not null,
    version        bigint       not null,
    place          varchar(200) not null,
    hazard         varchar(200) not null,
    state          varchar(10)  not null,
    warning_id     char(36),
    primary key (office_id, work_order_id)
) ${table_options};

-- What the office did about an incident (R-RN-8), append-only.
create table pd_incident_record (
    office_id    char(36)     not null,
    incident_id  char(36)     not null,
    version      bigint       not null,
    recorded_by  char(36)     not null,
    description  ${text_type} not null,
    at_second    bigint       not null,
    at_nano      integer      not null,
    primary key (office_id, incident_id)
) ${table_options};

create table pd_incident_record_action (
    office_id    char(36)    not null,
    incident_id  char(36)    not null,
    position     integer     not null,
    action       varchar(40) not null,
    primary key (office_id, incident_id, position)
) ${table_options};

-- An office's register of shops and key units (R-RN-6, R-RN-7); the row a redefinition locks.
create table pd_key_recipients (
    office_id  char(36) not null,
    version    bigint   not null,
    primary key (office_id)
) ${table_options};

-- party is SHOP or KEY_UNIT. Names are keyed by position, not by name, so two names that a
-- database's collation would call equal (case, accents) are still both kept.
create table pd_key_recipient (
    office_id  char(36)     not null,
    party      varchar(20)  not null,
    position   integer      not null,
    name       varchar(200) not null,
    primary key (office_id, party, position)
) ${table_options};
