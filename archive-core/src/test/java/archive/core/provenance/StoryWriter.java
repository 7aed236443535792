package archive.core.provenance;

import static archive.core.provenance.CorpusVocabulary.pick;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Creates synthetic events and writes defense.gov-style articles about them. */
final class StoryWriter {

    private StoryWriter() {
    }

    static Story newStory(int number, Random random) {
        String eventType = pick(random, StoryTemplates.EVENT_TYPES);
        String leadTitle = pick(random, CorpusVocabulary.SENIOR_TITLES);
        String leadName = pick(random, CorpusVocabulary.FIRST_NAMES) + " " + pick(random, CorpusVocabulary.LAST_NAMES);
        String secondName = pick(random, CorpusVocabulary.FIRST_NAMES) + " " + pick(random, CorpusVocabulary.LAST_NAMES);
        LocalDate date = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(6 * 365));
        String exercise = pick(random, CorpusVocabulary.EXERCISE_WORDS_A) + " "
                + pick(random, CorpusVocabulary.EXERCISE_WORDS_B) + " " + (date.getYear() % 100);
        return new Story(number, eventType, date, leadTitle + " " + leadName, last(leadName),
                pick(random, CorpusVocabulary.COMMANDER_RANKS) + " " + secondName, last(secondName),
                pick(random, CorpusVocabulary.PARTNERS), pick(random, CorpusVocabulary.FOREIGN_NAMES),
                pick(random, CorpusVocabulary.PLACES), pick(random, CorpusVocabulary.SYSTEMS),
                pick(random, CorpusVocabulary.UNITS), pick(random, CorpusVocabulary.COMMANDS), exercise,
                pick(random, CorpusVocabulary.TOPICS), 200 + random.nextInt(8800), 5 + random.nextInt(3000));
    }

    /** The original article: lede, details, quotes, context and extra facts in a fixed rhythm. */
    static Article original(Story story, Random random) {
        Map<String, String> slots = story.slots();
        List<String> details = shuffled(StoryTemplates.DETAILS.get(story.eventType()), random);
        List<String> quotes = shuffled(StoryTemplates.QUOTES, random);
        List<String> context = shuffled(StoryTemplates.CONTEXT, random);
        List<List<String>> paragraphs = new ArrayList<>();
        paragraphs.add(List.of(fill(pick(random, StoryTemplates.LEDES.get(story.eventType())), slots, random),
                fact(random, slots)));
        paragraphs.add(List.of(fill(details.get(0), slots, random)));
        paragraphs.add(List.of(quote(quotes.get(0), story.leadLast(), random, slots)));
        paragraphs.add(List.of(fill(details.get(1), slots, random), fill(details.get(2), slots, random)));
        paragraphs.add(List.of(fill(context.get(0), slots, random), fact(random, slots)));
        paragraphs.add(List.of(quote(quotes.get(1), story.secondLast(), random, slots)));
        paragraphs.add(List.of(fill(details.get(3), slots, random), fact(random, slots)));
        paragraphs.add(List.of(fill(context.get(1), slots, random), fill(context.get(2), slots, random)));
        paragraphs.add(List.of(quote(quotes.get(2), story.leadLast(), random, slots), fact(random, slots)));
        paragraphs.add(List.of(fill(pick(random, StoryTemplates.CLOSINGS), slots, random)));
        return new Article(fill(pick(random, StoryTemplates.TITLES.get(story.eventType())), slots, random), paragraphs);
    }

    /** Another article about the same event and actors, with other facts, reactions and quotes. */
    static Article followUp(Story story, Random random) {
        Map<String, String> slots = new HashMap<>(story.slots());
        slots.put("eventType", story.eventType());
        slots.put("extra", String.format("%,d", 1000 + random.nextInt(20000)));
        slots.put("topic", pick(random, CorpusVocabulary.TOPICS));
        slots.put("money", "$" + (5 + random.nextInt(900)) + " million");
        slots.put("count", Integer.toString(2 + random.nextInt(30)));
        List<List<String>> paragraphs = new ArrayList<>();
        paragraphs.add(List.of(fill(pick(random, StoryTemplates.FOLLOW_UP_OPENERS), slots, random)));
        for (int i = 0; i < 4; i++) {
            paragraphs.add(List.of(reaction(random, slots), reaction(random, slots)));
            if (i == 1) {
                paragraphs.add(List.of("\u201C" + fill(pick(random, StoryTemplates.ANALYST_QUOTES), slots, random)
                        + ",\u201D said " + pick(random, CorpusVocabulary.FIRST_NAMES) + " "
                        + pick(random, CorpusVocabulary.LAST_NAMES) + fill(", [a senior fellow|a researcher|a professor] at "
                        + "[a Washington research institute|a {partner} university|a London think tank].", slots, random)));
            }
        }
        paragraphs.add(List.of(fact(random, slots), fact(random, slots)));
        return new Article(fill("[Mixed Reactions Follow|Debate Grows Over|Questions Raised About] {Partner} "
                + capitalize(story.eventType()) + " With U.S.", slots, random), paragraphs);
    }

    private static String reaction(Random random, Map<String, String> slots) {
        return fill(pick(random, StoryTemplates.REACTION_SUBJECTS) + " " + pick(random, StoryTemplates.REACTION_VERBS)
                + " " + pick(random, StoryTemplates.REACTION_OBJECTS) + pick(random, StoryTemplates.REACTION_TAILS) + ".",
                slots, random);
    }

    /** Replaces {slot} placeholders and picks one option of each [a|b|c] alternation. */
    static String fill(String template, Map<String, String> slots, Random random) {
        return fillSlots(chooseAlternatives(template, random), slots);
    }

    private static String chooseAlternatives(String template, Random random) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('[', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf(']', open);
            out.append(template, i, open);
            String[] options = template.substring(open + 1, close).split("\\|", -1);
            out.append(options[random.nextInt(options.length)]);
            i = close + 1;
        }
        return out.toString();
    }

    private static String fillSlots(String template, Map<String, String> slots) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            out.append(template, i, open);
            String value = slots.get(template.substring(open + 1, close));
            if (value == null) {
                throw new IllegalArgumentException("no slot " + template.substring(open, close + 1));
            }
            out.append(value);
            i = close + 1;
        }
        return out.toString();
    }

    private static String fact(Random random, Map<String, String> slots) {
        return fill(pick(random, StoryTemplates.ACTORS) + " " + pick(random, StoryTemplates.ACTIONS) + " "
                + pick(random, StoryTemplates.OBJECTS) + " " + pick(random, StoryTemplates.MODIFIERS) + ".", slots, random);
    }

    private static String quote(String template, String speaker, Random random, Map<String, String> slots) {
        String body = fill(template, slots, random);
        return random.nextBoolean()
                ? "\u201C" + body + ",\u201D " + speaker + " said."
                : speaker + " said, \u201C" + body + ".\u201D";
    }

    private static List<String> shuffled(List<String> values, Random random) {
        List<String> copy = new ArrayList<>(values);
        Collections.shuffle(copy, random);
        return copy;
    }

    private static String last(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
