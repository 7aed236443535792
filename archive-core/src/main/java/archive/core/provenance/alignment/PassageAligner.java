package archive.core.provenance.alignment;

import archive.core.provenance.analysis.AnalyzedDocument;
import archive.core.provenance.analysis.AnalyzedText;
import archive.core.provenance.analysis.ContentWords;
import archive.core.provenance.analysis.Sentence;
import archive.core.provenance.analysis.Token;
import archive.core.provenance.index.Fingerprinter;
import archive.core.provenance.index.TermWeights;
import archive.core.text.TextSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Aligns a derived text with one candidate source: verbatim runs first (exact evidence), then
 * sentence-level paraphrase pairs for the derived sentences the runs left uncovered.
 */
public final class PassageAligner {

    /** A run must hold this many distinct content stems: "the U.S. and Iraq" proves nothing. */
    static final int MIN_RUN_CONTENT_STEMS = 3;
    /** ...and this much rarity weight (about three moderately rare words). */
    static final double MIN_RUN_WEIGHT = 4.0;
    /**
     * ...and this many lowercase content words: a run that is only a name ("Joint Security Cooperation
     * Dialogue", a full title and name) is shared by every article about the same event; names count as
     * entity overlap, not as copied text.
     */
    static final int MIN_RUN_COMMON_WORDS = 2;
    /**
     * Quoted runs shorter than this are names or catch phrases inside someone's quote, not a reused
     * quotation (same length as a guaranteed quote-index hit, see {@link Fingerprinter#QUOTE_STRIDE}).
     */
    static final int MIN_QUOTATION_WORDS = Fingerprinter.QUOTE_WINDOW + Fingerprinter.QUOTE_STRIDE - 1;
    /** Derived sentences at least this much covered by runs are not re-matched as paraphrases. */
    private static final double RUN_COVERED_SENTENCE = 0.5;

    private PassageAligner() {
    }

    /** {@code derivedWeights} and {@code sourceWeights} from {@link MassCoverage#tokenWeights}. */
    public static Evidence align(AnalyzedDocument derived, double[] derivedWeights, AnalyzedDocument source,
                          double[] sourceWeights, TermWeights weights) {
        ContentWords d = derived.words();
        ContentWords s = source.words();
        List<EvidencePassage> passages = new ArrayList<>();
        MassCoverage derivedMass = new MassCoverage(derived.text(), derivedWeights);
        MassCoverage sourceMass = new MassCoverage(source.text(), sourceWeights);
        MassCoverage verbatimDerivedMass = new MassCoverage(derived.text(), derivedWeights);
        MassCoverage verbatimSourceMass = new MassCoverage(source.text(), sourceWeights);
        int longestRun = 0;
        double strongestRun = 0;
        for (VerbatimRunFinder.Run run : VerbatimRunFinder.find(d, s)) {
            double weight = specificWeight(d, run, weights);
            if (weight == NOT_SPECIFIC) {
                continue;
            }
            longestRun = Math.max(longestRun, run.derivedTo() - run.derivedFrom());
            strongestRun = Math.max(strongestRun, weight);
            EvidencePassage p = runPassage(d, s, run);
            passages.add(p);
            for (MassCoverage mass : List.of(derivedMass, verbatimDerivedMass)) {
                mass.markRange(p.derivedStart(), p.derivedEnd());
            }
            for (MassCoverage mass : List.of(sourceMass, verbatimSourceMass)) {
                mass.markRange(p.sourceStart(), p.sourceEnd());
            }
        }
        SentenceMatcher matcher = new SentenceMatcher(source.votes(), weights);
        List<Sentence> derivedSentences = derived.text().sentences;
        for (int i = 0; i < derivedSentences.size(); i++) {
            Sentence sentence = derivedSentences.get(i);
            if (!sentence.content() || isFurniture(derived.text(), sentence, weights)
                    || runCoverage(sentence, passages) >= RUN_COVERED_SENTENCE) {
                continue;
            }
            SentenceMatcher.Match m = matcher.match(derived.votes(), i);
            if (m != null) {
                passages.add(sentencePassage(derived.text(), source.text(), m));
                derivedMass.markStems(i, m.sharedStems());
                for (int j = m.sourceFirst(); j <= m.sourceLast(); j++) {
                    sourceMass.markStems(j, m.sharedStems());
                }
            }
        }
        passages.sort(Comparator.comparingInt(EvidencePassage::derivedStart));
        CoveredChars derivedChars = new CoveredChars();
        passages.forEach(p -> derivedChars.add(p.derivedStart(), p.derivedEnd()));
        return new Evidence(passages, derivedChars.shareOf(derived.text()), derivedMass.share(), sourceMass.share(),
                verbatimDerivedMass.share(), verbatimSourceMass.share(), longestRun, strongestRun / weights.rareWordWeight(),
                orderConsistency(passages));
    }

    /** Longest increasing subsequence of source offsets, in derived order, as a share of the passages. */
    private static double orderConsistency(List<EvidencePassage> passages) {
        if (passages.isEmpty()) {
            return 0;
        }
        int[] longestEndingAt = new int[passages.size()];
        int longest = 0;
        for (int i = 0; i < passages.size(); i++) {
            longestEndingAt[i] = 1;
            for (int j = 0; j < i; j++) {
                if (passages.get(j).sourceStart() <= passages.get(i).sourceStart()) {
                    longestEndingAt[i] = Math.max(longestEndingAt[i], longestEndingAt[j] + 1);
                }
            }
            longest = Math.max(longest, longestEndingAt[i]);
        }
        return longest / (double) passages.size();
    }

    private static final double NOT_SPECIFIC = -1;

    /**
     * The run's rarity weight without its numbers (a shared date or count is no copied sentence, however rare the
     * number), or {@link #NOT_SPECIFIC} when it is too short, too common, only names or mostly furniture.
     */
    private static double specificWeight(ContentWords d, VerbatimRunFinder.Run run, TermWeights weights) {
        Set<String> stems = new HashSet<>();
        int commonWords = 0;
        int words = 0;
        int furniture = 0;
        for (int i = run.derivedFrom(); i < run.derivedTo(); i++) {
            Token t = d.tokens.get(i);
            if (t.is(Token.STOPWORD)) {
                continue;
            }
            words++;
            if (weights.isFurniture(t)) {
                furniture++;
            } else {
                stems.add(t.stem());
                commonWords += t.is(Token.CAPITALIZED) || t.is(Token.NUMERIC) ? 0 : 1;
            }
        }
        double weight = stems.stream().mapToDouble(weights::weight).sum();
        double withoutNumbers = stems.stream().filter(stem -> !isNumber(stem)).mapToDouble(weights::weight).sum();
        // Mostly furniture: the site's chrome with a few words of lines too short to be learned ("Here's how").
        boolean specific = furniture * 2 < words && stems.size() >= MIN_RUN_CONTENT_STEMS && weight >= MIN_RUN_WEIGHT
                && commonWords >= MIN_RUN_COMMON_WORDS;
        return specific ? withoutNumbers : NOT_SPECIFIC;
    }

    private static boolean isNumber(String stem) {
        return stem.chars().anyMatch(Character::isDigit);
    }

    private static boolean isFurniture(AnalyzedText text, Sentence sentence, TermWeights weights) {
        return weights.isFurniture(text.tokens.get(sentence.firstToken()));
    }

    private static EvidencePassage runPassage(ContentWords d, ContentWords s, VerbatimRunFinder.Run run) {
        int dStart = d.startChar(run.derivedFrom());
        int dEnd = d.endChar(run.derivedTo());
        int sStart = s.startChar(run.sourceFrom());
        int sEnd = s.endChar(run.sourceTo());
        boolean quoted = run.derivedTo() - run.derivedFrom() >= MIN_QUOTATION_WORDS
                && (d.text.isQuoted(dStart, dEnd) || s.text.isQuoted(sStart, sEnd));
        return new EvidencePassage(quoted ? PassageKind.QUOTATION : PassageKind.VERBATIM, dStart, dEnd, sStart, sEnd,
                d.text.text.substring(dStart, dEnd), s.text.text.substring(sStart, sEnd), run.similarity());
    }

    private static EvidencePassage sentencePassage(AnalyzedText derived, AnalyzedText source, SentenceMatcher.Match m) {
        Sentence d = derived.sentences.get(m.derivedSentence());
        int sStart = source.sentences.get(m.sourceFirst()).start();
        int sEnd = source.sentences.get(m.sourceLast()).end();
        return new EvidencePassage(PassageKind.PARAPHRASE_SENTENCE, d.start(), d.end(), sStart, sEnd,
                derived.text.substring(d.start(), d.end()), source.text.substring(sStart, sEnd), m.similarity());
    }

    private static double runCoverage(Sentence sentence, List<EvidencePassage> runs) {
        int covered = 0;
        for (EvidencePassage p : runs) {
            covered += new TextSpan(p.derivedStart(), p.derivedEnd()).overlap(sentence.start(), sentence.end());
        }
        return covered / (double) sentence.length();
    }
}
