-- ocfl-java's PostgreSQL object lock and object-details cache, used when the OCFL store is on S3 (ARCHIVE_STORAGE=s3).
-- The columns are ocfl-java 2.2's own (db/postgresql/*.ddl.tmpl in ocfl-java-core); it creates the tables itself
-- when they are missing, so "if not exists" keeps either order of creation working.
create table if not exists ocfl_object_lock (
    object_id varchar(1024) primary key,
    acquired_timestamp timestamp not null
);

create table if not exists ocfl_object_details (
    object_id varchar(1024) primary key,
    version_id varchar(255) not null,
    object_root_path varchar(2048) not null,
    revision_id varchar(255),
    inventory_digest varchar(255) not null,
    digest_algorithm varchar(255) not null,
    inventory bytea,
    update_timestamp timestamptz not null
);
