package archive.core.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * This process among the archive's nodes: a name for operators (host and pid) made unique by a random suffix, so a
 * node tells its own notifications from others', and a job claim or a write intent says which node it was.
 */
@ApplicationScoped
public class ClusterNode {

    private final String id;

    public ClusterNode() {
        byte[] suffix = new byte[3];
        new SecureRandom().nextBytes(suffix);
        this.id = host() + "/" + ProcessHandle.current().pid() + "/" + HexFormat.of().formatHex(suffix);
    }

    /** No white space: it opens each notification's payload. */
    public String id() {
        return id;
    }

    /** From the environment, not a name look-up, which can hang where the host's own name does not resolve. */
    private static String host() {
        return System.getenv().getOrDefault("HOSTNAME", "node").replaceAll("\\s", "");
    }
}
