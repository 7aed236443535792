package archive.web.database;

import java.nio.file.Path;

/** Where the files of one embedded cluster live; everything is under {@code <dataDir>/pgsql}. */
record ClusterLayout(Path root) {

    Path data() {
        return root.resolve("data");
    }

    /** initdb writes here first; renamed to {@link #data()} only once complete. */
    Path dataStaging() {
        return root.resolve("data.initdb");
    }

    Path pgVersion() {
        return data().resolve("PG_VERSION");
    }

    Path hbaFile() {
        return data().resolve("pg_hba.conf");
    }

    Path postmasterPid() {
        return data().resolve("postmaster.pid");
    }

    /** Server log; initdb and pg_ctl output is appended here too, so one file tells the whole story. */
    Path log() {
        return root.resolve("postgres.log");
    }

    Path previousLog() {
        return root.resolve("postgres.log.1");
    }

    /** The superuser's password, readable by the application's account only (not by the server's). */
    Path passwordFile() {
        return root.resolve("superuser.password");
    }

    /** A copy of the password for initdb, owned by the server's identity, and deleted once initdb ran. */
    Path initdbPasswordFile() {
        return root.resolve("initdb.password");
    }

    Path portFile() {
        return root.resolve("port");
    }

    /** Token of the handle that stops the server; see {@link EmbeddedPostgres#close()}. */
    Path ownerFile() {
        return root.resolve("owner");
    }

    Path lockFile() {
        return root.resolve(".lock");
    }
}
