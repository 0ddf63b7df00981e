-- Transactional outbox and request idempotency. ${text_type} and ${binary_type} are the
-- database's unbounded text and byte types (PropertyDeskJdbc sets them per database).

-- Domain events of each office in the order their use cases committed them; position counts from
-- 1 per office. payload is the event as JSON.
create table pd_outbox (
    office_id   char(36)     not null,
    position    bigint       not null,
    event_type  varchar(200) not null,
    payload     ${text_type} not null,
    published   boolean      not null,
    primary key (office_id, position)
) ${table_options};

-- The last position handed out per office; enqueuing locks it, so positions never fork.
create table pd_outbox_head (
    office_id  char(36) not null,
    position   bigint   not null,
    primary key (office_id)
) ${table_options};

-- The first answer to each request id of an office (AIP-155): a retry gets it again.
create table pd_request (
    office_id   char(36)       not null,
    request_id  varchar(64)    not null,
    operation   varchar(200)   not null,
    response    ${binary_type} not null,
    primary key (office_id, request_id)
) ${table_options};
