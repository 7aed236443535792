package archive.core.provenance.analysis;

/**
 * A deliberately small English suffix stripper. It only has to map inflections of one word to the same
 * key ("discussions"/"discussing"/"discuss"); collisions between unrelated words are harmless because
 * stems are only compared between two texts that already look related.
 */
public final class LightStemmer {

    private static final int MIN_STEM = 4;
    private static final String[] DERIVATIONS = {"ing", "ed", "ment", "ly"};

    private LightStemmer() {
    }

    static String stem(String term) {
        if (term.length() <= MIN_STEM || !isLetters(term)) {
            return term;
        }
        String s = stripPlural(term);
        s = stripDerivation(s);
        if (s.length() > MIN_STEM && s.endsWith("e")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static String stripPlural(String s) {
        if (s.endsWith("ies") && s.length() > 4) {
            return s.substring(0, s.length() - 3) + "y";
        }
        if (s.endsWith("sses")) {
            return s.substring(0, s.length() - 2);
        }
        if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            return s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static String stripDerivation(String s) {
        for (String suffix : DERIVATIONS) {
            if (s.endsWith(suffix) && s.length() - suffix.length() >= MIN_STEM) {
                return s.substring(0, s.length() - suffix.length());
            }
        }
        if (s.endsWith("ion") && s.length() - 3 >= MIN_STEM) {
            char before = s.charAt(s.length() - 4);
            if (before == 't' || before == 's') {
                return s.substring(0, s.length() - 3);
            }
        }
        return s;
    }

    private static boolean isLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
