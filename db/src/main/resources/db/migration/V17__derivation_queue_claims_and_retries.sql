-- Every node's derivation workers claim queued documents (select … for update skip locked, in the transaction that
-- derives from them: archive.core.ingest.Derivations), so a claim ends with its transaction, a dead worker's
-- included. A derivation that fails leaves its document queued but not due again at once: workers skip it until
-- next_attempt_at, later after each further failure, so one bad document never keeps a worker busy.
alter table derivation_queue
    add column attempts        integer     not null default 0,
    add column next_attempt_at timestamptz not null default now();
