package archive.core.provenance.scoring;

import archive.core.provenance.analysis.Credits;


/** What a derived text says about where it came from, relative to one candidate source. */
public enum Credit {
    NONE,
    /** Credits the source's publisher ("Sources: ... US Department of Defense", "according to a Pentagon statement"). */
    ORGANIZATION,
    /** Names this very source: its URL or its title in an "originally found on" line. */
    EXACT
}
