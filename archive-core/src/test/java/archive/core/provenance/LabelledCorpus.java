package archive.core.provenance;

import archive.core.provenance.analysis.Document;
import archive.core.provenance.analysis.PublicationDate;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A deterministic labelled corpus: defense.gov-style originals and, for each, one kind of derived
 * document whose true source is known. Original i gets derivative kind i % 5.
 */
final class LabelledCorpus {

    enum Kind {
        ORIGINAL, VERBATIM, EXCERPT, PARAPHRASE,
        /** A paraphrase that is itself the source of a {@link #COPY_OF_COPY}; its own source is the original. */
        INTERMEDIATE_COPY,
        /** A rewrite of an {@link #INTERMEDIATE_COPY}; should link to the original at the root. */
        COPY_OF_COPY,
        /** Another story about the same event and actors: must not be linked automatically. */
        SAME_EVENT_DISTRACTOR
    }

    /** @param expectedSourceId the true root source, null for originals */
    record Entry(Document document, Kind kind, String expectedSourceId) {
    }

    private LabelledCorpus() {
    }

    static List<Entry> generate(int originals, long seed) {
        Random random = new Random(seed);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < originals; i++) {
            Story story = StoryWriter.newStory(i, random);
            Article article = StoryWriter.original(story, random);
            Document original = original("o" + i, story, article, story.date());
            entries.add(new Entry(original, Kind.ORIGINAL, null));
            String site = "https://site" + random.nextInt(40) + ".example/news/";
            switch (i % 5) {
                case 0 -> entries.add(derived("v" + i, Rewriter.verbatimCopy(article, original.url(), random), site, story,
                        random, Kind.VERBATIM, original.id()));
                case 1 -> entries.add(derived("e" + i, Rewriter.excerpt(article, random), site, story, random,
                        Kind.EXCERPT, original.id()));
                case 2 -> entries.add(derived("p" + i, rendered(Rewriter.paraphrase(article, random)), site, story,
                        random, Kind.PARAPHRASE, original.id()));
                case 3 -> {
                    Article first = Rewriter.paraphrase(article, random);
                    entries.add(derived("r" + i, rendered(first), site, story, random, Kind.INTERMEDIATE_COPY,
                            original.id()));
                    entries.add(derived("rr" + i, rendered(Rewriter.paraphrase(first, random)),
                            "https://other" + random.nextInt(40) + ".example/", story, random, Kind.COPY_OF_COPY,
                            original.id()));
                }
                default -> entries.add(distractor("d" + i, story, random, original.id()));
            }
        }
        return entries;
    }

    private static Document original(String id, Story story, Article article, LocalDate date) {
        String text = "https://media.defense.gov/" + date.getYear() + "/"
                + date.getMonth().getDisplayName(TextStyle.SHORT, Locale.US) + "/"
                + date.getDayOfMonth() + "/" + (2003000000 + story.number()) + "/825/780/0/photo-" + id + ".JPG\n\n"
                + article.body()
                + "This Defense news article \"" + article.title()
                + "\" was originally found on https://www.defense.gov/News/News-Stories/\n";
        String url = "https://www.defense.gov/News/News-Stories/Article/Article/" + id + "/";
        return new Document(id, text, url, PublicationDate.trustedOn(date));
    }

    /** Copies are undated, dated after the original, or carry a wrong date line that the archive flagged. */
    private static Entry derived(String id, String text, String site, Story story, Random random, Kind kind,
                                 String sourceId) {
        PublicationDate date = switch (random.nextInt(5)) {
            case 0, 1 -> PublicationDate.UNKNOWN;
            case 2, 3 -> PublicationDate.trustedOn(story.date().plusDays(random.nextInt(6)));
            default -> new PublicationDate(story.date().minusYears(1 + random.nextInt(2)), false);
        };
        return new Entry(new Document(id, text, site + id, date), kind, sourceId);
    }

    /** Half are later defense.gov articles about the same event, half are other sites' coverage. */
    private static Entry distractor(String id, Story story, Random random, String originalId) {
        Article article = StoryWriter.followUp(story, random);
        if (random.nextBoolean()) {
            Document later = original(id, story, article, story.date().plusDays(1 + random.nextInt(3)));
            return new Entry(later, Kind.SAME_EVENT_DISTRACTOR, originalId);
        }
        Document coverage = new Document(id, rendered(article),
                "https://site" + random.nextInt(40) + ".example/news/" + id, PublicationDate.UNKNOWN);
        return new Entry(coverage, Kind.SAME_EVENT_DISTRACTOR, originalId);
    }

    private static String rendered(Article article) {
        return article.title() + "\n\n" + article.body();
    }
}
