package archive.api.citations;

import archive.core.citation.StyleInfo;

/** A CSL style the citation endpoint accepts; {@code dependent} styles render with their parent's rules. */
public record StyleJson(String id, String title, boolean dependent) {

    static StyleJson of(StyleInfo style) {
        return new StyleJson(style.id(), style.title(), style.dependent());
    }
}
