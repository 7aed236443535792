package archive.core.provenance;

import java.util.ArrayList;
import java.util.List;

/** A rendered synthetic article: title and paragraphs of sentences, before site formatting. */
record Article(String title, List<List<String>> paragraphs) {

    List<String> sentences() {
        List<String> all = new ArrayList<>();
        paragraphs.forEach(all::addAll);
        return all;
    }

    String body() {
        StringBuilder text = new StringBuilder();
        for (List<String> paragraph : paragraphs) {
            text.append(String.join(" ", paragraph)).append("\n\n");
        }
        return text.toString();
    }
}
