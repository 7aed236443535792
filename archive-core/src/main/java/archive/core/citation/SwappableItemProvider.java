package archive.core.citation;

import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Item source of one pooled processor. A {@code CSL} is bound to its provider for life,
 * so reusing the compiled processor for new items means swapping what the provider holds.
 */
final class SwappableItemProvider implements ItemDataProvider {

    private final Map<String, CSLItemData> items = new LinkedHashMap<>();

    void replaceWith(List<CSLItemData> newItems) {
        items.clear();
        for (CSLItemData item : newItems) {
            if (items.put(item.getId(), item) != null) {
                throw new IllegalArgumentException("duplicate item id: " + item.getId());
            }
        }
    }

    @Override
    public CSLItemData retrieveItem(String id) {
        return items.get(id);
    }

    @Override
    public Collection<String> getIds() {
        return List.copyOf(items.keySet());
    }
}
