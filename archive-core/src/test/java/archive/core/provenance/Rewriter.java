package archive.core.provenance;

import archive.core.provenance.analysis.Sentence;
import static archive.core.provenance.CorpusVocabulary.pick;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Derives copies from an article the way rewrite sites do. */
final class Rewriter {

    private static final Map<String, String> SYNONYMS = synonyms(
            "met with", "sat down with", "discuss", "talk about", "discussed", "talked about", "future", "long-term direction",
            "relationship", "ties", "focused", "centered", "gathered", "convened", "annual", "yearly", "began", "started",
            "largest", "biggest", "combined", "joint", "wrapped up", "concluded", "rehearsed", "practiced",
            "participants", "personnel", "awarded", "granted", "contract", "deal", "production", "manufacturing",
            "sustainment", "maintenance", "officials", "authorities", "announced", "revealed", "additional", "more",
            "expanding", "growing", "expand", "grow", "program", "effort", "supports", "backs", "deploy", "send",
            "soldiers", "troops", "coming weeks", "weeks ahead", "approved", "authorized", "reassure", "support",
            "allies", "partners", "roughly", "approximately", "heading", "moving", "provide", "give", "includes",
            "contains", "package", "bundle", "unveiled", "presented", "strengthen", "bolster", "told", "informed",
            "reporters", "journalists", "cooperation", "collaboration", "accelerated", "sped up", "outlined", "described",
            "plans", "intentions", "progress", "advances", "completed", "finished", "successful", "effective",
            "engineers", "technicians", "conducted", "carried out", "milestone", "step", "passed", "cleared", "key",
            "important", "decisions", "choices", "assumed command of", "took charge of", "ceremony", "event",
            "presided over", "officiated", "reviewed", "assessed", "commits", "obliges", "nations", "countries",
            "briefed", "updated", "raise", "increase", "spending", "expenditure", "buy", "purchase", "deployments",
            "rotations", "stationed", "based", "working group", "task force", "draft", "prepare", "specific",
            "concrete", "proposals", "recommendations", "thanked", "expressed gratitude to", "contributions", "efforts",
            "hosting", "receiving", "movement", "transport", "heavy", "large", "employed", "used", "chance",
            "opportunity", "tested", "examined", "ability", "capacity", "equipment", "gear", "observers", "monitors",
            "attended", "were present for", "final", "last", "exposed", "revealed", "gaps", "weaknesses", "fix",
            "address", "performed", "done", "expected", "anticipated", "options", "clauses", "total", "overall",
            "value", "worth", "driven", "fueled", "requirements", "needs", "foreign", "overseas", "customers", "buyers",
            "stabilize", "steady", "supply chain", "supplier network", "protect", "safeguard", "jobs", "employment",
            "replace", "relieve", "presence", "footprint", "requested", "asked for", "review", "assessment", "threats",
            "dangers", "arriving", "coming in", "draws on", "relies on", "existing", "current", "stocks", "stockpiles",
            "ammunition", "munitions", "spare parts", "replacement parts", "training", "instruction", "improve",
            "enhance", "critical", "vital", "infrastructure", "facilities", "welcomed", "praised", "immediately",
            "right away", "tracking", "monitoring", "initiatives", "projects", "several", "a number of", "remains",
            "stays", "on track", "on schedule", "declined", "refused", "covered", "addressed", "tracked", "followed",
            "engaged", "hit", "targets", "mock targets", "realistic", "real-world", "conditions", "circumstances",
            "results", "outcomes", "exceeded", "surpassed", "previously", "earlier", "served", "worked", "outgoing",
            "departing", "assignment", "post", "overseeing", "managing", "recently", "lately", "readiness",
            "preparedness", "families", "relatives", "announcement", "news", "priority", "focus", "signed",
            "concluded", "agreement", "accord", "funding", "money", "broad", "wide", "taken part in", "joined",
            "investment", "outlay", "released", "published", "details", "specifics", "scheduled", "set",
            "capability", "capacity", "commitment", "dedication", "decision", "move", "forces", "troops",
            "invest in", "put money into", "competitors", "rivals", "trust", "confidence", "lessons", "insights",
            "shape", "influence", "steadfast", "reliable", "simply", "just", "partnership", "alliance",
            "professionalism", "skill", "aggression", "attacks", "units", "formations", "upgrade", "overhaul",
            "transfer", "handover", "repairs", "fixes", "survey", "study", "rotation", "deployment",
            "department", "Pentagon", "announced", "disclosed", "effort", "initiative", "work", "activity",
            "service members", "military personnel", "personnel", "staff", "exercise", "drill", "test", "trial",
            "began", "kicked off", "will", "is set to", "said", "noted", "coming", "upcoming", "new", "fresh",
            "additional", "extra", "expected to", "likely to", "including", "such as", "about", "around",
            "more than", "over", "during", "throughout", "following", "after", "since", "ever since",
            "plan", "proposal", "part of", "component of", "in coordination with", "together with",
            "under an agreement", "through a pact", "by the end of", "before the close of", "next", "upcoming",
            "mission", "assignment", "headquarters", "command post", "allies", "partner nations", "support",
            "backing", "request", "appeal", "units", "formations", "evaluate", "assess", "oversee", "supervise",
            "finalize", "wrap up", "planning", "preparing", "engaged", "struck", "work", "labor");
    private static final List<String> COMMENTARY = List.of(
            "The development highlights the growing importance of security partnerships in a changing world.",
            "Observers say the move could have lasting implications for the region.",
            "This reflects a broader trend of closer defense ties among like-minded nations.",
            "Such steps are widely seen as essential for maintaining stability and deterring threats.",
            "The news drew attention from defense watchers and policy experts alike.",
            "It remains to be seen how the plan will unfold over the coming months.");
    private static final List<String> SITE_HEADER = List.of("Home | World | Defense | Politics | Opinion",
            "Defense News Today", "Latest Stories");
    private static final List<String> SITE_FOOTER = List.of("Share this:", "Related Posts", "About Us",
            "Subscribe to our newsletter to get the latest defense and security headlines delivered to your inbox every morning.",
            "Copyright 2024 All rights reserved.");
    private static final Map<Pattern, String> PHRASES = phrases();
    private static final Pattern WORD = Pattern.compile("\\b[a-z]+\\b");
    private static final Pattern QUOTE_FIRST = Pattern.compile("^\u201C(.+),\u201D (\\w+) said\\.$");
    private static final Pattern QUOTE_LAST = Pattern.compile("^(\\w+) said, \u201C(.+)\\.\u201D$");
    private static final Pattern TRAILING_PHRASE = Pattern.compile(
            "^([A-Z][^,]{20,}?) ((?:at|in|on|by|before|following|under|as part of|since) [^,]{5,40})\\.$");
    private static final Pattern LEADING_CLAUSE = Pattern.compile("^(Speaking at [^,]+|In [A-Z][^,]{2,30}), (.+)\\.$");

    private Rewriter() {
    }

    /** Whole article with light edits: typos, spacing, one replaced sentence, site furniture, maybe a credit. */
    static String verbatimCopy(Article article, String originalUrl, Random random) {
        List<String> sentences = new ArrayList<>(article.sentences());
        sentences.set(1 + random.nextInt(sentences.size() - 1), pick(random, COMMENTARY));
        StringBuilder text = new StringBuilder();
        SITE_HEADER.forEach(line -> text.append(line).append('\n'));
        text.append('\n').append(article.title()).append("\n\n");
        for (int i = 0; i < sentences.size(); i++) {
            text.append(withTypos(sentences.get(i), random)).append(random.nextInt(4) == 0 ? "  " : " ");
            if (random.nextInt(3) == 0) {
                text.append("\n\n");
            }
        }
        text.append("\n\n");
        if (random.nextBoolean()) {
            text.append("This article was originally found on ").append(originalUrl).append("\n\n");
        }
        SITE_FOOTER.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    /** 30-60% of the article's sentences, in one block, inside unrelated local news. */
    static String excerpt(Article article, Random random) {
        List<String> sentences = article.sentences();
        int length = (int) Math.round(sentences.size() * (0.3 + 0.3 * random.nextDouble()));
        int start = random.nextInt(sentences.size() - length + 1);
        StringBuilder text = new StringBuilder();
        text.append("Community and World Briefs\n\n");
        int excerptChars = String.join(" ", sentences.subList(start, start + length)).length();
        text.append(unrelated(random, excerptChars / 2)).append("\n\n");
        if (random.nextBoolean()) {
            text.append("In defense news, according to a Defense Department release: ");
        }
        for (int i = start; i < start + length; i++) {
            text.append(sentences.get(i)).append(i % 3 == 2 ? "\n\n" : " ");
        }
        text.append("\n\n").append(unrelated(random, excerptChars / 2)).append('\n');
        return text.toString();
    }

    /** Sentence-level rewrite: synonyms, reordered clauses, indirect quotes, splits, merges, drops, padding. */
    static Article paraphrase(Article article, Random random) {
        List<List<String>> paragraphs = new ArrayList<>();
        for (List<String> paragraph : article.paragraphs()) {
            List<String> rewritten = new ArrayList<>();
            for (String sentence : paragraph) {
                if (random.nextInt(100) >= 15) {
                    rewritten.addAll(rewriteSentence(sentence, random));
                }
            }
            mergeShortPair(rewritten, random);
            if (random.nextInt(4) == 0) {
                rewritten.add(pick(random, COMMENTARY));
            }
            if (!rewritten.isEmpty()) {
                paragraphs.add(rewritten);
            }
        }
        return new Article(synonymize(article.title(), random, 0.8), paragraphs);
    }

    private static List<String> rewriteSentence(String sentence, Random random) {
        String s = reorderQuote(sentence, random);
        Matcher leading = LEADING_CLAUSE.matcher(s);
        if (leading.matches() && random.nextBoolean()) {
            s = capitalize(leading.group(2)) + ", " + decapitalize(leading.group(1)) + ".";
        }
        Matcher trailing = TRAILING_PHRASE.matcher(s);
        if (trailing.matches() && random.nextBoolean()) {
            s = capitalize(trailing.group(2)) + ", " + decapitalize(trailing.group(1)) + ".";
        }
        s = synonymize(s, random, 0.9);
        int split = s.indexOf(", and ");
        if (split > 40 && s.length() - split > 40 && random.nextBoolean()) {
            return List.of(s.substring(0, split) + ".", capitalize(s.substring(split + 6)));
        }
        return List.of(s);
    }

    /** Quotes become indirect speech half of the time; the attribution moves either way. */
    private static String reorderQuote(String sentence, Random random) {
        Matcher first = QUOTE_FIRST.matcher(sentence);
        Matcher last = QUOTE_LAST.matcher(sentence);
        String speaker;
        String body;
        if (first.matches()) {
            speaker = first.group(2);
            body = first.group(1);
        } else if (last.matches()) {
            speaker = last.group(1);
            body = last.group(2);
        } else {
            return sentence;
        }
        return switch (random.nextInt(3)) {
            case 0 -> speaker + " said that " + decapitalize(body) + ".";
            case 1 -> "According to " + speaker + ", " + decapitalize(body) + ".";
            default -> speaker + " stressed, \u201C" + body + ".\u201D";
        };
    }

    private static void mergeShortPair(List<String> sentences, Random random) {
        for (int i = 0; i + 1 < sentences.size(); i++) {
            String a = sentences.get(i);
            String b = sentences.get(i + 1);
            if (a.length() < 120 && b.length() < 120 && a.endsWith(".") && random.nextInt(3) == 0) {
                sentences.set(i, a.substring(0, a.length() - 1) + ", and " + decapitalize(b));
                sentences.remove(i + 1);
                return;
            }
        }
    }

    /** Phrases first (regex), then single words by look-up; names are capitalized and never replaced. */
    static String synonymize(String sentence, Random random, double probability) {
        String s = sentence;
        for (Map.Entry<Pattern, String> phrase : PHRASES.entrySet()) {
            if (random.nextDouble() < probability) {
                s = phrase.getKey().matcher(s).replaceAll(Matcher.quoteReplacement(phrase.getValue()));
            }
        }
        Matcher word = WORD.matcher(s);
        StringBuilder out = new StringBuilder();
        while (word.find()) {
            String replacement = SYNONYMS.get(word.group());
            boolean replace = replacement != null && random.nextDouble() < probability;
            word.appendReplacement(out, Matcher.quoteReplacement(replace ? replacement : word.group()));
        }
        word.appendTail(out);
        return out.toString();
    }

    private static String withTypos(String sentence, Random random) {
        if (random.nextInt(4) != 0) {
            return sentence;
        }
        String[] words = sentence.split(" ");
        int i = random.nextInt(words.length);
        String w = words[i];
        if (w.length() >= 6 && w.chars().allMatch(Character::isLetter)) {
            int k = 1 + random.nextInt(w.length() - 3);
            words[i] = w.substring(0, k) + w.charAt(k + 1) + w.charAt(k) + w.substring(k + 2);
        }
        return String.join(" ", words);
    }

    /** Local news about other things: unique numbers, towns and people, so filler is not shared text. */
    static String unrelated(Random random, int approximateChars) {
        StringBuilder text = new StringBuilder();
        while (text.length() < approximateChars) {
            String town = pick(random, CorpusVocabulary.TOWNS);
            String person = pick(random, CorpusVocabulary.FIRST_NAMES) + " " + pick(random, CorpusVocabulary.LAST_NAMES);
            text.append(pick(random, CorpusVocabulary.UNRELATED_SUBJECTS)).append(" in ").append(town).append(' ')
                    .append(pick(random, CorpusVocabulary.UNRELATED_VERBS)).append(' ')
                    .append(pick(random, CorpusVocabulary.UNRELATED_OBJECTS)).append(" at a cost of $")
                    .append(1 + random.nextInt(90)).append('.').append(random.nextInt(10)).append(" million, ")
                    .append(person).append(" said on ").append(pick(random, CorpusVocabulary.WEEKDAYS)).append(". ")
                    .append(pick(random, CorpusVocabulary.UNRELATED_TAILS)).append(' ');
        }
        return text.toString().trim();
    }

    private static Map<Pattern, String> phrases() {
        Map<Pattern, String> phrases = new LinkedHashMap<>();
        SYNONYMS.forEach((from, to) -> {
            if (from.contains(" ")) {
                phrases.put(Pattern.compile("\\b" + Pattern.quote(from) + "\\b"), to);
            }
        });
        return phrases;
    }

    private static Map<String, String> synonyms(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Lowercases a leading common word, never a name ("The" → "the", "Hollister" stays). */
    private static String decapitalize(String s) {
        for (String article : List.of("The ", "A ", "An ", "This ", "Our ", "We ", "Every ", "It ", "Speaking ", "In ")) {
            if (s.startsWith(article)) {
                return Character.toLowerCase(s.charAt(0)) + s.substring(1);
            }
        }
        return s;
    }
}
