package archive.core.config;

import archive.core.storage.StorageKind;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/** Everything a deployment may change about the archive; each key is also an environment variable (ARCHIVE_…). */
@ConfigMapping(prefix = "archive")
public interface ArchiveConfig {

    /**
     * The archive's name: citations print it (CSL archive), bags name it as their Source-Organization. Mapped here so
     * that it may also be set as a property, which the mapping would otherwise refuse as unknown.
     */
    Optional<String> name();

    /** Root of everything the archive keeps on disk: the OCFL store, its work area, the embedded database. */
    @WithDefault("data")
    Path dataDir();

    /** Where the OCFL store keeps its files: {@code filesystem} (under the data directory) or {@code s3} (see s3). */
    @WithDefault("filesystem")
    StorageKind storage();

    /** The bucket of the OCFL store when storage is {@code s3}. */
    S3 s3();

    /** Largest accepted upload in bytes; larger bodies are refused with 413. */
    @WithDefault("10485760")
    long maxUploadBytes();

    /** Bytes of immutable document text kept in memory, keyed by SHA-256. */
    @WithDefault("67108864")
    long contentCacheBytes();

    /** Whether anyone may read documents; false makes every read need a signed-in account (any role). */
    @WithDefault("true")
    boolean publicRead();

    /**
     * Whether a new version must name the version it replaces in If-Match (or {@code *}), so that an update made
     * meanwhile is never lost silently; false accepts a new version without If-Match, as before.
     */
    @WithDefault("true")
    boolean requireIfMatch();

    /** Documents whose current version is remembered, so reading their text needs no catalog query. */
    @WithDefault("50000")
    long currentVersionCacheEntries();

    /**
     * Database connections of this node that hold per-document locks (archive.core.ingest.DocumentLocks), so how
     * many documents it writes or derives at once; application.properties sizes the {@code locks} pool with it.
     */
    @WithDefault("8")
    int lockConnections();

    Seeds seeds();

    Imports imports();

    Bags bags();

    Admin admin();

    Search search();

    Login login();

    Fixity fixity();

    Workers workers();

    Derivation derivation();

    Oai oai();

    interface S3 {
        /** The S3 API's address, for an S3-compatible server; default: Amazon S3 of the region. */
        Optional<URI> endpoint();

        /** The bucket, which must exist; required when storage is {@code s3}. */
        Optional<String> bucket();

        /** Key prefix under which the OCFL storage root lies, so that one bucket can hold several stores. */
        Optional<String> prefix();

        @WithDefault("us-east-1")
        String region();

        /** With the secret key, the credentials; without them, the AWS default credentials chain. */
        Optional<String> accessKeyId();

        Optional<String> secretAccessKey();

        /**
         * Bucket in the path (endpoint/bucket/key) instead of the host name: what most S3-compatible servers
         * (s3proxy, MinIO, Ceph) expect.
         */
        @WithDefault("false")
        boolean pathStyleAccess();
    }

    interface Seeds {
        /**
         * Folder of seed documents imported (idempotently) at start, instead of the seeds bundled in the application;
         * a folder that does not exist imports nothing.
         */
        Optional<Path> dir();
    }

    interface Imports {
        /** Server-side folders librarians may bulk-import from must lie inside this one. */
        @WithDefault(".")
        Path root();

        /**
         * Largest bag an import takes as a zip body: the zip, and again what it unpacks to (each entry counting at
         * least 512 bytes), so a small zip cannot fill the disk. A bag in a folder under the root has no limit.
         */
        @WithDefault("536870912")
        long maxBagBytes();
    }

    interface Bags {
        /** Most documents one result-set bag (POST /api/v1/bags) holds; a query matching more is refused. */
        @WithDefault("10000")
        int maxDocuments();
    }

    interface Search {
        /**
         * UTF-8 bytes of each document's text that full-text search indexes (the start of the text). Bounded because
         * a PostgreSQL tsvector holds at most 1 MB; the worst text needs about two bytes of vector per byte.
         */
        @WithDefault("262144")
        int maxIndexedBytes();
    }

    interface Admin {
        /** Name of the account created at start with the admin and librarian roles. */
        Optional<String> user();

        /** Its password; no account is created without one. */
        Optional<String> password();

        /**
         * Where the archive's administrator can be written to; OAI-PMH Identify gives it to harvesters (without it,
         * postmaster at the host the archive is reached at).
         */
        Optional<String> email();
    }

    /** Failed sign-ins (password, token, login form) within a sliding window, after which attempts get 429. */
    interface Login {
        @WithDefault("5")
        int maxFailuresPerAccount();

        @WithDefault("20")
        int maxFailuresPerAddress();

        @WithDefault("15M")
        Duration failureWindow();
    }

    interface Fixity {
        /** Cron expression (seconds first) of the scheduled fixity audit, or "off"; default Sundays at 03:00. */
        @WithDefault("0 0 3 ? * SUN")
        String schedule();
    }

    /** The OAI-PMH data provider at /oai. */
    interface Oai {
        /** Headers (ListIdentifiers) or records (ListRecords) in one response; a resumption token asks for more. */
        @WithDefault("100")
        int pageSize();
    }

    /** The derivation workers of this node (see archive.core.ingest.Derivations). */
    interface Derivation {
        /** Threads that derive queued documents; default: one per core. */
        OptionalInt workers();

        /** How often an idle worker looks for documents queued by another node (or whose retry is due). */
        @WithDefault("5S")
        Duration pollInterval();
    }

    /** Threads of the archive's worker pools (see archive.core.work.WorkerPools). */
    interface Workers {
        /** OCFL objects of a bulk import written side by side; default: one per core. */
        OptionalInt storeWriters();

        /** Provenance comparisons run side by side; default: one per core. */
        OptionalInt comparisons();

        /** fsyncs of one write issued at once. */
        @WithDefault("32")
        int fsyncs();
    }
}
