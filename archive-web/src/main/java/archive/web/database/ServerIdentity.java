package archive.web.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;

/**
 * The OS identity that initdb, pg_ctl and postgres run as.
 * <p>
 * PostgreSQL refuses to run as root, and the archive usually does (containers). As root we therefore prefer a user
 * namespace: {@code unshare --user --map-user=1000 --map-group=1000} makes postgres see uid 1000 while everything it
 * writes is still owned by root outside, so the cluster stays owned by the account running the application and no
 * chown or extra account is needed. Where user namespaces are disabled (sysctl, seccomp) we fall back to running as
 * {@code nobody} via setpriv, and hand the files postgres writes to that account.
 */
final class ServerIdentity {

    private static final Logger LOG = Logger.getLogger(ServerIdentity.class);
    private static final List<String> USER_NAMESPACE =
            List.of("unshare", "--user", "--map-user=1000", "--map-group=1000");
    private static final String FALLBACK_ACCOUNT = "nobody";

    private final String description;
    private final List<String> commandPrefix;
    /** uid:gid outside any namespace that must own what postgres writes; null when no ownership change is possible. */
    private final String hostOwner;

    private ServerIdentity(String description, List<String> commandPrefix, String hostOwner) {
        this.description = description;
        this.commandPrefix = commandPrefix;
        this.hostOwner = hostOwner;
    }

    /** Probed once per JVM: the answer does not change while it runs. */
    static ServerIdentity detect() {
        return Detected.IDENTITY;
    }

    static ServerIdentity userNamespace() {
        return new ServerIdentity("uid 1000 in a user namespace", USER_NAMESPACE, "0:0");
    }

    static ServerIdentity setpriv(String account) {
        String uid = Commands.output("id", "-u", account);
        String gid = Commands.output("id", "-g", account);
        return new ServerIdentity(account + " (uid " + uid + ") via setpriv",
                List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups"), uid + ":" + gid);
    }

    private static ServerIdentity currentUser() {
        return new ServerIdentity("the current user", List.of(), null);
    }

    List<String> command(List<String> command) {
        List<String> full = new ArrayList<>(commandPrefix);
        full.addAll(command);
        return full;
    }

    /** Makes {@code path} (recursively) owned by the identity, if its top is not already. */
    void takeOwnership(Path path) throws IOException {
        if (hostOwner == null || !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        String current = Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS) + ":"
                + Files.getAttribute(path, "unix:gid", LinkOption.NOFOLLOW_LINKS);
        if (!current.equals(hostOwner)) {
            LOG.infof("Changing owner of %s from %s to %s for %s", path, current, hostOwner, description);
            Commands.output("chown", "-R", hostOwner, path.toString());
        }
    }

    @Override
    public String toString() {
        return description;
    }

    private static final class Detected {
        static final ServerIdentity IDENTITY = probe();

        private static ServerIdentity probe() {
            ServerIdentity identity;
            if (!Commands.output("id", "-u").equals("0")) {
                identity = currentUser();
            } else if (Commands.succeeds(userNamespace().command(List.of("true")))) {
                identity = userNamespace();
            } else {
                identity = setpriv(FALLBACK_ACCOUNT);
            }
            LOG.infof("PostgreSQL processes will run as %s", identity);
            return identity;
        }
    }
}
