-- Personal API tokens, and the account an administrative event concerns.

-- A token is shown once at creation; only the SHA-256 of its secret is kept. The secret is 256 random bits, so a
-- fast hash is enough: nobody can guess it, and a stolen table cannot be brute-forced back into tokens.
create table api_token (
    id                 bigserial   primary key,
    account_name       text        not null references account (username),
    name               text        not null check (length(name) between 1 and 100),
    secret_sha256      text        not null unique check (secret_sha256 ~ '^[0-9a-f]{64}$'),
    created_at         timestamptz not null,
    created_by         text        not null,
    expires_at         timestamptz,
    revoked_at         timestamptz,
    revoked_by         text,
    check (expires_at is null or expires_at > created_at),
    check ((revoked_at is null) = (revoked_by is null))
);

create index api_token_account_idx on api_token (account_name, id);

-- Events about accounts and tokens have no document; they name the account they concern instead.
alter table archive_event add column account_name text;

create index archive_event_account_idx on archive_event (account_name, occurred_at, id)
    where account_name is not null;
