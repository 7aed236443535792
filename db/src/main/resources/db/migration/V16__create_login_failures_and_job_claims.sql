-- What several archive nodes on one database must agree on besides the catalog (archive.core.account,
-- archive.core.cluster): sign-in failures, counted across nodes, and which node runs a scheduled job's slot.

-- Recent failed sign-ins per account name or client address (scope), newest last and at most the scope's limit:
-- older failures no longer decide when the key may try again. Keys come from strangers, so only their SHA-256 is
-- kept (bounded length, no plaintext names or addresses); rows whose last failure left the window are pruned.
create table login_failure (
    scope           text          not null check (scope in ('account', 'address')),
    key_sha256      bytea         not null check (length(key_sha256) = 32),
    failed_at       timestamptz[] not null,
    last_failed_at  timestamptz   not null,
    primary key (scope, key_sha256)
);
create index login_failure_last_failed_idx on login_failure (scope, last_failed_at);

-- The latest slot (scheduled fire time) of each cluster-wide job, and the node that claimed it: a node runs a slot
-- only if it moves this row forward, so a node whose clock fires later finds the slot taken.
create table scheduled_job_claim (
    job         text        primary key,
    slot        timestamptz not null,
    node        text        not null,
    claimed_at  timestamptz not null
);
