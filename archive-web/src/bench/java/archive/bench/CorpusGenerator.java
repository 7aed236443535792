package archive.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A deterministic, news-like corpus for the benchmark: defense.gov-style originals (image line, body with quoted
 * officials, the "originally found on" credit) and rewrites of earlier originals by other sites (dateline, navigation
 * line, reworded sentences, "Sources:" credit), 2–8 KB each, like the seeds.
 * <p>
 * Writes {@code import/NNNNNN.txt} (the folder the archive bulk-imports), {@code static/<id>.txt} (hard links that
 * nginx serves), {@code ids.tsv} (id, archive ETag, nginx ETag per line) and {@code match/NNN.txt} (unarchived
 * rewrites to look up provenance with).
 * <p>
 * Usage: {@code CorpusGenerator <out dir> <documents> <seed>}
 */
public final class CorpusGenerator {

    private static final int MIN_BYTES = 2048;
    private static final int MAX_BYTES = 8192;
    private static final int MATCH_TEXTS = 200;
    private static final double REWRITE_SHARE = 0.3;
    private static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 2);
    private static final DateTimeFormatter IMAGE_DATE = DateTimeFormatter.ofPattern("yyyy/MMM/dd", Locale.ENGLISH);
    private static final DateTimeFormatter DATELINE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    private static final String[] OFFICIALS = {
        "Pentagon Press Secretary Air Force Maj. Gen. Pat Ryder", "Deputy Pentagon Press Secretary Sabrina Singh",
        "Defense Secretary Lloyd J. Austin III", "Deputy Defense Secretary Kathleen H. Hicks",
        "Army Gen. Charles Q. Brown Jr., chairman of the Joint Chiefs of Staff", "Navy Adm. Lisa Franchetti",
        "Air Force Gen. David W. Allvin", "Army Gen. Randy A. George", "Marine Corps Gen. Eric M. Smith",
        "Space Force Gen. B. Chance Saltzman", "Army Gen. Michael E. Kurilla, commander of U.S. Central Command",
        "Navy Adm. John C. Aquilino, commander of U.S. Indo-Pacific Command",
        "Assistant Secretary of Defense for Space Policy John D. Hill", "Under Secretary of Defense Bill LaPlante",
        "Navy Vice Adm. Brad Cooper", "Air Force Lt. Gen. Alexus G. Grynkewich"};
    private static final String[] PARTNERS = {
        "Iraq", "Japan", "the Philippines", "Poland", "Ukraine", "Australia", "the Republic of Korea", "Jordan",
        "Kenya", "Estonia", "Finland", "Sweden", "India", "Vietnam", "Colombia", "Morocco", "Romania", "Greece",
        "Norway", "Saudi Arabia", "Ghana", "Indonesia", "Lithuania", "Chile"};
    private static final String[] TOPICS = {
        "security cooperation", "missile defense", "maritime security", "counterterrorism operations",
        "the defense industrial base", "military readiness", "cyber defense", "space domain awareness",
        "munitions production", "joint exercises", "humanitarian assistance", "disaster relief",
        "professional military education", "force posture", "air defense", "supply chain resilience",
        "recruiting and retention", "military housing", "artificial intelligence in command and control",
        "undersea infrastructure protection"};
    private static final String[] VENUES = {
        "the Pentagon", "Joint Base Pearl Harbor-Hickam", "Fort Liberty, North Carolina", "Ramstein Air Base, Germany",
        "Naval Station Norfolk, Virginia", "Camp Humphreys, South Korea", "Al Udeid Air Base, Qatar",
        "the NATO headquarters in Brussels", "Fort Cavazos, Texas", "Peterson Space Force Base, Colorado",
        "Marine Corps Base Camp Lejeune", "Yokota Air Base, Japan"};
    private static final String[] ORGANIZATIONS = {
        "U.S. Central Command", "the Joint Staff", "the State Department", "the Defense Security Cooperation Agency",
        "the National Security Council", "U.S. European Command", "U.S. Indo-Pacific Command", "NATO allies",
        "the Defense Logistics Agency", "the National Guard Bureau", "U.S. Africa Command", "the Missile Defense Agency"};
    private static final String[] VERBS = {
        "discussed", "reviewed", "outlined", "announced", "highlighted", "examined", "emphasized", "assessed"};
    private static final String[] OUTCOMES = {
        "a roadmap for the next two years", "new funding for training programs", "an expanded exercise schedule",
        "closer coordination between staffs", "a memorandum of understanding", "a joint statement of principles",
        "additional liaison officers", "faster delivery of equipment", "a shared assessment of regional threats",
        "a plan to modernize logistics networks"};
    private static final String[] QUOTE_OPENINGS = {
        "We remain committed to", "This partnership reflects", "Our forces are ready to support",
        "The department will continue to invest in", "What we are seeing is real progress on",
        "Nothing is more important to us than", "We will keep working closely with our partners on",
        "The threat environment demands that we focus on"};
    private static final String[] SITES = {
        "Global Defense Wire", "Security Affairs Daily", "World Military Report", "Capitol Brief",
        "Frontline Dispatch", "Allied Times", "Strategic Review Online", "The Readiness Post"};
    private static final String[][] SYNONYMS = {
        {"discussed", "talked about"}, {"announced", "revealed"}, {"highlighted", "pointed to"},
        {"officials", "leaders"}, {"meeting", "gathering"}, {"said", "stated"}, {"partnership", "alliance"},
        {"continue", "keep"}, {"important", "crucial"}, {"additional", "more"}, {"support", "back"},
        {"forces", "troops"}, {"new", "fresh"}, {"plan", "strategy"}, {"improve", "boost"}};

    private final SplittableRandom random;

    private CorpusGenerator(SplittableRandom random) {
        this.random = random;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: CorpusGenerator <out dir> <documents> <seed>");
        }
        Path out = Path.of(args[0]);
        int documents = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        Path imports = Files.createDirectories(out.resolve("import"));
        Path statics = Files.createDirectories(out.resolve("static"));
        Path matches = Files.createDirectories(out.resolve("match"));
        List<Integer> originals = new ArrayList<>();
        long bytes = 0;
        try (Writer ids = Files.newBufferedWriter(out.resolve("ids.tsv"))) {
            for (int index = 0; index < documents; index++) {
                SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
                byte[] text;
                if (!originals.isEmpty() && random.nextDouble() < REWRITE_SHARE) {
                    text = rewrite(seed, originals.get(random.nextInt(originals.size())), random);
                } else {
                    originals.add(index);
                    text = original(seed, index);
                }
                String sha256 = sha256Hex(text);
                String id = sha256.substring(0, 16);
                Path file = imports.resolve(String.format("%06d.txt", index));
                Files.write(file, text);
                Path served = statics.resolve(id + ".txt");
                Files.deleteIfExists(served);
                Files.createLink(served, file);
                ids.write(id + "\t\"" + sha256 + "\"\t" + nginxEtag(file) + "\n");
                bytes += text.length;
            }
        }
        SplittableRandom queries = new SplittableRandom(~seed);
        for (int n = 0; n < MATCH_TEXTS; n++) {
            Files.write(matches.resolve(String.format("%03d.txt", n)),
                    rewrite(seed, originals.get(queries.nextInt(originals.size())), queries.split()));
        }
        System.out.printf("corpus: %d documents (%d originals, %d rewrites), %d bytes, %d match texts%n",
                documents, originals.size(), documents - originals.size(), bytes, MATCH_TEXTS);
    }

    /** Original number {@code index}, regenerated identically whenever a rewrite needs it. */
    static byte[] original(long seed, int index) {
        return render(new CorpusGenerator(new SplittableRandom(seed * 7_919L + index)).story(index));
    }

    private static byte[] rewrite(long seed, int originalIndex, SplittableRandom random) {
        Story source = new CorpusGenerator(new SplittableRandom(seed * 7_919L + originalIndex)).story(originalIndex);
        CorpusGenerator writer = new CorpusGenerator(random);
        StringBuilder text = new StringBuilder();
        String site = writer.pick(SITES);
        text.append(source.date.plusDays(random.nextInt(0, 4)).format(DATELINE).toUpperCase(Locale.ENGLISH))
                .append('\n').append(site).append(" News  USA News\n\n").append(source.title).append("\n\n");
        String credit = "Sources: U.S. Department of Defense, " + site + " reporting.\n";
        for (String paragraph : source.paragraphs) {
            if (random.nextDouble() < 0.25 && !paragraph.startsWith("“")) {
                continue;
            }
            String reworded = paragraph.startsWith("“") ? paragraph : writer.reword(paragraph);
            if (utf8Length(text) + utf8Length(reworded) + utf8Length(credit) + 2 > MAX_BYTES) {
                break;
            }
            text.append(reworded).append("\n\n");
        }
        while (utf8Length(text) + utf8Length(credit) < MIN_BYTES) {
            text.append(writer.sentence(source.partner, source.topic)).append("\n\n");
        }
        return text.append(credit).toString().getBytes(StandardCharsets.UTF_8);
    }

    private Story story(int index) {
        LocalDate date = FIRST_DAY.plusDays(index % 2000L);
        String partner = pick(PARTNERS);
        String topic = pick(TOPICS);
        String title = "U.S., " + capitalize(partner) + " Officials " + capitalize(pick(VERBS)) + " "
                + titleCase(topic) + " at " + pick(VENUES).replaceFirst("^the ", "");
        int target = random.nextInt(MIN_BYTES, MAX_BYTES - 600);
        List<String> paragraphs = new ArrayList<>();
        int length = 0;
        while (length < target) {
            String paragraph = random.nextInt(3) == 0 ? quote(topic) : paragraph(partner, topic);
            if (length + utf8Length(paragraph) > MAX_BYTES - 600) {
                break; // room for the image line and the credit
            }
            paragraphs.add(paragraph);
            length += utf8Length(paragraph) + 2;
        }
        return new Story(index, date, title, partner, topic, paragraphs);
    }

    private static byte[] render(Story story) {
        StringBuilder text = new StringBuilder()
                .append("https://media.defense.gov/").append(story.date.format(IMAGE_DATE)).append('/')
                .append(2_003_000_000L + story.index).append("/825/780/0/")
                .append(story.date.format(DateTimeFormatter.BASIC_ISO_DATE).substring(2)).append("-D-")
                .append(String.format("%05d", story.index % 100_000)).append("-1001.JPG\n\n");
        for (String paragraph : story.paragraphs) {
            text.append(paragraph).append(" \n\n");
        }
        text.append("This Defense news article \"").append(story.title)
                .append("\" was originally found on https://www.defense.gov/News/News-Stories/Article/Article/")
                .append(3_500_000 + story.index).append('/').append(slug(story.title)).append("/\n");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String paragraph(String partner, String topic) {
        StringBuilder paragraph = new StringBuilder(sentence(partner, topic));
        for (int sentences = random.nextInt(1, 4); sentences > 0; sentences--) {
            paragraph.append(' ').append(sentence(partner, topic));
        }
        return paragraph.toString();
    }

    private String sentence(String partner, String topic) {
        return switch (random.nextInt(6)) {
            case 0 -> "U.S. and " + partner + " officials " + pick(VERBS) + " " + topic + " at " + pick(VENUES)
                    + " this week, " + pick(OFFICIALS) + " said.";
            case 1 -> "The delegation included participants from " + pick(ORGANIZATIONS) + ", " + pick(ORGANIZATIONS)
                    + " and " + pick(ORGANIZATIONS) + ".";
            case 2 -> "The talks produced " + pick(OUTCOMES) + ", and both sides agreed to meet again within "
                    + random.nextInt(2, 13) + " months.";
            case 3 -> capitalize(pick(ORGANIZATIONS)) + " has " + pick(VERBS) + " " + pick(TOPICS) + " with "
                    + partner + " since " + random.nextInt(2005, 2024) + ", officials said.";
            case 4 -> "About " + random.nextInt(2, 90) * 50 + " service members took part in the effort, which "
                    + "focused on " + topic + " and " + pick(TOPICS) + ".";
            default -> "Officials " + pick(VERBS) + " " + pick(OUTCOMES) + " as part of a broader effort on "
                    + topic + ".";
        };
    }

    private String quote(String topic) {
        return "“" + pick(QUOTE_OPENINGS) + " " + topic + ", and we will keep doing so with " + pick(PARTNERS)
                + " and our other partners,” " + pick(OFFICIALS).replaceAll(",.*", "").replaceAll(".* ", "")
                + " said.";
    }

    private String reword(String paragraph) {
        String reworded = paragraph;
        for (String[] pair : SYNONYMS) {
            if (random.nextBoolean()) {
                reworded = reworded.replace(pair[0], pair[1]);
            }
        }
        return reworded;
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String capitalize(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String titleCase(String words) {
        StringBuilder title = new StringBuilder();
        for (String word : words.split(" ")) {
            title.append(title.length() == 0 ? "" : " ")
                    .append(word.length() <= 3 && title.length() > 0 ? word : capitalize(word));
        }
        return title.toString();
    }

    private static String slug(String title) {
        return title.toLowerCase(Locale.ENGLISH).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** nginx's default ETag: last-modified seconds and size, both in hex. */
    private static String nginxEtag(Path file) throws IOException {
        long seconds = Files.getLastModifiedTime(file).toMillis() / 1000;
        return "\"" + Long.toHexString(seconds) + "-" + Long.toHexString(Files.size(file)) + "\"";
    }

    private static int utf8Length(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Story(int index, LocalDate date, String title, String partner, String topic,
            List<String> paragraphs) {
    }
}
