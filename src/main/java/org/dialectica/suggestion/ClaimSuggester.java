package org.dialectica.suggestion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dialectica.suggestion.SuggestedSentence.Kind;
import org.dialectica.suggestion.SuggestedSentence.Signal;

/**
 * Suggests the sentences of a paper likely to carry an argument, best first, from the paper's plain
 * text alone. Each sentence ({@link PaperText}) is scored by fixed weights on signals of argument
 * ({@link Kind}): discourse markers of cause, consequence and contrast (causative verbs at half
 * their weight), announced conclusions, the writer's interpretations, claims of change, comparisons
 * and assessments, in English and Indonesian ({@code claim_cues.txt}, and the trend words of the
 * conflict suggester's {@code cues_en.txt} and {@code cues_id.txt}); the paper's subject; the
 * section it stands in; against: citations, events dated to the calendar, the paper's account of
 * its method, fragments. Each kind counts once per sentence, so a long sentence
 * is not favoured for its length. Equal scores keep the paper's order. Two passes over the
 * sentences (the paper's commonest words, then the scores) and a sort: near-linear in the text.
 * Nothing is learned from any map. Immutable and safe to share between threads.
 */
public final class ClaimSuggester {
    /** Below this many words a sentence is a heading or a fragment of layout. */
    static final int SHORT_WORDS = 6;
    /** How many of the paper's commonest content words make its subject. */
    static final int SUBJECT_WORDS = 5;
    private static final Pattern YEAR_IN_BRACKETS = Pattern.compile("\\(\\s*(?:1[89]|20)\\d\\d\\b");
    /**
     * A year as a date of the calendar: after a preposition or noun of time or a month (with or without
     * its day), in English and Indonesian. A bare year ("the 2020 war") names an event, not a date.
     */
    private static final Pattern DATE = Pattern.compile("\\b(?:(?:in|since|until|till|from|during|on|by|pada|sejak|hingga|sampai"
            + "|tahun|awal|akhir|pertengahan)\\s+(?:tahun\\s+)?|(?:\\d{1,2}\\s+)?(?:january|february|march|april|may|june|july|august"
            + "|september|october|november|december|januari|februari|maret|mei|juni|juli|agustus|oktober|desember)\\s+)"
            + "(?:1[89]|20)\\d\\d\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of("the", "of", "and", "to", "is", "in", "that", "which",
            "has", "have", "its", "was", "were", "as", "by", "with", "for", "on", "this", "an");
    private static final Set<String> INDONESIAN_FUNCTION_WORDS = Set.of("yang", "dan", "di", "ke", "dari", "dengan", "untuk",
            "ini", "itu", "dalam", "pada", "tidak", "adalah", "sebagai", "oleh", "atau", "juga", "akan", "bahwa", "telah");

    private final Tokens tokens = new Tokens();
    private final CueWords trendWords = new CueWords(tokens, null);
    private final ClaimCues cues = new ClaimCues();

    /** A sentence with its words read once, for both passes. */
    private record Read(PaperText.Sentence sentence, List<String> words, Language language, List<Token> tokens) {}

    /**
     * The {@code top} best sentences of the text, best first (fewer when the text has fewer).
     *
     * @throws IllegalArgumentException when {@code top} is negative
     */
    public List<SuggestedSentence> suggest(String text, int top) {
        if (top < 0) throw new IllegalArgumentException("top must not be negative: " + top);
        List<SuggestedSentence> ranked = rank(text);
        return ranked.size() <= top ? ranked : List.copyOf(ranked.subList(0, top));
    }

    /** Every sentence of the text, best first. */
    public List<SuggestedSentence> rank(String text) {
        List<Read> sentences = new ArrayList<>();
        for (PaperText.Sentence sentence : PaperText.sentences(text == null ? "" : text)) {
            List<String> words = ClaimCues.words(sentence.text());
            Language language = language(words);
            sentences.add(new Read(sentence, words, language, tokens.of(language, sentence.text())));
        }
        Set<String> subject = subject(sentences);
        List<SuggestedSentence> scored = new ArrayList<>();
        for (Read read : sentences) scored.add(score(read, subject));
        scored.sort(Comparator.comparingDouble(SuggestedSentence::score).reversed().thenComparingInt(SuggestedSentence::number));
        return List.copyOf(scored);
    }

    /** The stems of the paper's commonest content words (no stop or function words, no numbers, three letters or more). */
    private static Set<String> subject(List<Read> sentences) {
        Map<String, Integer> counts = new HashMap<>();
        for (Read read : sentences) {
            for (Token t : read.tokens()) {
                if (!t.stop() && !ENGLISH_FUNCTION_WORDS.contains(t.surface()) && !INDONESIAN_FUNCTION_WORDS.contains(t.surface())
                        && t.stem().length() >= 3 && t.stem().chars().anyMatch(Character::isLetter)) {
                    counts.merge(t.stem(), 1, Integer::sum);
                }
            }
        }
        Set<String> subject = new LinkedHashSet<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(SUBJECT_WORDS).forEach(e -> subject.add(e.getKey()));
        return subject;
    }

    private SuggestedSentence score(Read read, Set<String> subject) {
        PaperText.Sentence sentence = read.sentence();
        Map<Kind, List<String>> fired = new EnumMap<>(Kind.class);
        fired.putAll(cues.fired(read.words()));
        Set<String> trends = new LinkedHashSet<>(), named = new LinkedHashSet<>(), namedStems = new LinkedHashSet<>();
        for (Token token : read.tokens()) {
            CueWords.Place place = trendWords.place(read.language(), token.cueKey());
            if (place != null && trendWords.group(place.group()).trend()) trends.add(token.surface());
            if (subject.contains(token.stem()) && namedStems.add(token.stem())) named.add(token.surface());
        }
        if (!trends.isEmpty()) {
            List<String> change = fired.computeIfAbsent(Kind.CHANGE, k -> new ArrayList<>());
            trends.stream().filter(w -> !change.contains(w)).forEach(change::add);
        }
        if (named.size() >= 2) fired.put(Kind.TOPIC, List.copyOf(named));
        switch (sentence.section()) {
            case ABSTRACT, CONCLUSION -> fired.put(Kind.SUMMARY_SECTION, List.of());
            case FRAMEWORK -> fired.put(Kind.FRAMEWORK_SECTION, List.of());
            default -> { }
        }
        var year = YEAR_IN_BRACKETS.matcher(sentence.text());
        if (year.find()) fired.computeIfAbsent(Kind.CITATION, k -> new ArrayList<>()).add(year.group());
        var date = DATE.matcher(sentence.text());
        if (date.find()) fired.put(Kind.CHRONICLE, List.of(date.group()));
        if (read.words().size() < SHORT_WORDS) fired.put(Kind.SHORT, List.of());
        if (Character.isLowerCase(sentence.text().codePointAt(0))) fired.put(Kind.FRAGMENT, List.of());
        List<Signal> signals = new ArrayList<>();
        double score = 0;
        for (Map.Entry<Kind, List<String>> e : fired.entrySet()) {
            signals.add(new Signal(e.getKey(), e.getValue()));
            score += e.getKey().weight();
        }
        return new SuggestedSentence(sentence.number(), sentence.text(), sentence.start(), sentence.end(), score, signals);
    }

    /** English or Indonesian by their commonest function words; the trend words are read in that language. */
    static Language language(List<String> words) {
        int english = 0, indonesian = 0;
        for (String w : words) {
            if (ENGLISH_FUNCTION_WORDS.contains(w)) english++;
            else if (INDONESIAN_FUNCTION_WORDS.contains(w)) indonesian++;
        }
        return english > indonesian ? Language.ENGLISH : Language.INDONESIAN;
    }
}
