-- Confidentiality: the records office's documents, loans, copy approvals and originals handed out
-- for a task. Portable across H2, PostgreSQL and MariaDB; keys lead with office_id (one office is
-- one shard); ids are UUIDs as 36-character text; instants are epoch second + nanosecond columns,
-- both null where the instant is not (yet) set. Titles and work needs have no length limit in the
-- domain, so they are ${text_type}. Collections are child tables, replaced with their aggregate.

-- A document or archive file (R-CF-1). subject_id only for a personnel file (R-CF-8); the
-- departure columns once its subject has left (R-CF-7); the destruction columns once destroyed (R-CF-6).
create table pd_document (
    office_id               char(36)     not null,
    document_id             char(36)     not null,
    title                   ${text_type} not null,
    kind                    varchar(40)  not null,
    clearance_level         varchar(20)  not null,
    subject_id              char(36),
    custodian_id            char(36)     not null,
    departed_second         bigint,
    departed_nano           integer,
    key_position            boolean,
    destroyed_second        bigint,
    destroyed_nano          integer,
    disposal                varchar(20),
    destruction_approver_id char(36),
    version                 bigint       not null,
    primary key (office_id, document_id)
) ${table_options};

-- What a custodian keeps (R-CF-10) and whose personnel files these are (R-CF-7, R-CF-8).
create index pd_document_custodian on pd_document (office_id, custodian_id);
create index pd_document_subject on pd_document (office_id, subject_id);

-- A loan (R-CF-4). kind and clearance_level are the document's when the loan was requested; the
-- lent, due and closed instants are null until set. Overdue is derived from due, never stored.
create table pd_loan (
    office_id         char(36)    not null,
    loan_id           char(36)    not null,
    document_id       char(36)    not null,
    kind              varchar(40) not null,
    clearance_level   varchar(20) not null,
    borrower_id       char(36)    not null,
    loan_term         varchar(20) not null,
    status            varchar(20) not null,
    requested_second  bigint      not null,
    requested_nano    integer     not null,
    lent_second       bigint,
    lent_nano         integer,
    due_second        bigint,
    due_nano          integer,
    closed_second     bigint,
    closed_nano       integer,
    version           bigint      not null,
    primary key (office_id, loan_id)
) ${table_options};

-- The work queue "loans out, earliest due first" (overdue loans), and a borrower's loans.
create index pd_loan_status_due on pd_loan (office_id, status, due_second, due_nano, loan_id);
create index pd_loan_borrower on pd_loan (office_id, borrower_id);

-- A loan's approvals in the order given, with the approver's standing at the time.
create table pd_loan_approval (
    office_id        char(36)    not null,
    loan_id          char(36)    not null,
    position         integer     not null,
    document_id      char(36)    not null,
    purpose          varchar(20) not null,
    approver_id      char(36)    not null,
    role             varchar(40) not null,
    department       varchar(40) not null,
    clearance_level  varchar(20) not null,
    at_second        bigint      not null,
    at_nano          integer     not null,
    written          boolean     not null,
    primary key (office_id, loan_id, position)
) ${table_options};

-- Copy approvals on record (R-CF-3), append-only; approval_id only tells two equal approvals apart.
create table pd_approval (
    office_id        char(36)    not null,
    approval_id      char(36)    not null,
    document_id      char(36)    not null,
    purpose          varchar(20) not null,
    approver_id      char(36)    not null,
    role             varchar(40) not null,
    department       varchar(40) not null,
    clearance_level  varchar(20) not null,
    at_second        bigint      not null,
    at_nano          integer     not null,
    written          boolean     not null,
    primary key (office_id, approval_id)
) ${table_options};

create index pd_approval_document on pd_approval (office_id, document_id);

-- An original or certificate handed out for a task (R-CF-5); overdue is derived from task_done.
create table pd_custody (
    office_id            char(36)    not null,
    custody_id           char(36)    not null,
    document_id          char(36)    not null,
    holder_id            char(36)    not null,
    status               varchar(20) not null,
    handed_out_second    bigint      not null,
    handed_out_nano      integer     not null,
    task_done_second     bigint,
    task_done_nano       integer,
    returned_second      bigint,
    returned_nano        integer,
    version              bigint      not null,
    primary key (office_id, custody_id)
) ${table_options};

-- The work queue "originals not back yet", and what a holder was given (R-CF-10).
create index pd_custody_status on pd_custody (office_id, status, handed_out_second, handed_out_nano, custody_id);
create index pd_custody_holder on pd_custody (office_id, holder_id);

-- Copies kept after a task, each with its stated work need (R-CF-5), in the order kept.
create table pd_custody_copy (
    office_id   char(36)     not null,
    custody_id  char(36)     not null,
    position    integer      not null,
    work_need   ${text_type} not null,
    at_second   bigint       not null,
    at_nano     integer      not null,
    primary key (office_id, custody_id, position)
) ${table_options};
