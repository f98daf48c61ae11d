package org.dialectica.suggestion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.Opposition;
import org.dialectica.map.Support;
import org.dialectica.map.Vocabulary;
import org.dialectica.reasoning.Analysis;
import org.dialectica.reasoning.Conflict;

/**
 * Proposes conflicts from the claims' texts between claims of different papers (a claim without a
 * source paper is never suggested). Near-linear in the map: every claim with a paper goes into a
 * Lucene index of its topic words, actors and cue words; each claim asks it for its
 * {@value #CANDIDATES} best candidates from other papers (its own words, its actors, and the words
 * on the other side of its cues, weighted up), and only those pairs are scored by {@link Scorer}.
 * Immutable and safe to share between threads.
 */
public final class Suggester {
    /** How many claims of other papers each claim asks the index for. */
    public static final int CANDIDATES = 40;
    /** Below this a pair is noise: nothing is suggested. */
    public static final double MIN_SCORE = 0.05;
    /**
     * Words per language a candidate query asks for: the claim's rarest words that another claim
     * also uses, as Lucene's MoreLikeThis picks them (a common word finds everything and costs most).
     */
    static final int QUERY_WORDS = 12;
    private static final String ID = "n", PAPER = "paper", ACTOR = "actor", CUE = "cue";

    private final Tokens tokens = new Tokens();
    private final CueWords cues;
    private final Scorer scorer;

    /** @param vocabulary the descriptor vocabulary beside the rules (its directions are cue words), or null */
    public Suggester(Vocabulary vocabulary) {
        this.cues = new CueWords(tokens, vocabulary);
        this.scorer = new Scorer(cues, vocabulary);
    }

    /**
     * The best suggestions of an analysed map, skipping every pair the map already relates: a
     * derived conflict, a drawn attack, support or opposition between the two, or a dismissed pair.
     */
    public List<Suggestion> suggest(Analysis analysis, Collection<Suggestion.Pair> dismissed, int limit) {
        Set<Suggestion.Pair> skip = new HashSet<>(dismissed);
        for (Conflict c : analysis.conflicts()) skip.add(new Suggestion.Pair(c.getA(), c.getB()));
        skip.addAll(related(analysis.map()));
        return suggest(analysis.map(), skip, limit);
    }

    /** The pairs of claims a map relates by a drawn support, attack on a claim, or opposition. */
    static Set<Suggestion.Pair> related(ArgumentMap map) {
        Set<Suggestion.Pair> pairs = new HashSet<>();
        for (Support s : map.supports()) if (!s.from().equals(s.to())) pairs.add(new Suggestion.Pair(s.from(), s.to()));
        for (Attack a : map.attacks()) if (!a.onSupport() && !a.from().equals(a.target())) pairs.add(new Suggestion.Pair(a.from(), a.target()));
        for (Opposition o : map.oppositions()) pairs.add(new Suggestion.Pair(o.a(), o.b()));
        return pairs;
    }

    /** The {@code limit} best suggestions between claims of different papers, none of the pairs in {@code skip}. */
    public List<Suggestion> suggest(ArgumentMap map, Set<Suggestion.Pair> skip, int limit) {
        List<ClaimText> texts = new ArrayList<>();
        for (Claim c : map.claims()) {
            if (c.source() != null && c.source().paper() != null) texts.add(new ClaimText(c, tokens, cues));
        }
        if (texts.size() < 2 || limit <= 0) return List.of();
        List<Suggestion> found = new ArrayList<>();
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            index(directory, texts);
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                StoredFields stored = searcher.storedFields();
                Set<Long> seen = new HashSet<>();
                Map<String, Integer> claimsUsing = claimsUsing(texts);
                for (int i = 0; i < texts.size(); i++) {
                    for (ScoreDoc hit : searcher.search(query(texts.get(i), claimsUsing), CANDIDATES).scoreDocs) {
                        int j = stored.document(hit.doc).getField(ID).numericValue().intValue();
                        if (!seen.add(Math.min(i, j) * (long) texts.size() + Math.max(i, j))) continue;
                        ClaimText a = texts.get(i), b = texts.get(j);
                        if (skip.contains(new Suggestion.Pair(a.id(), b.id()))) continue;
                        Suggestion s = scorer.score(a, b, MIN_SCORE);
                        if (s != null) found.add(s);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // an index in memory: never expected
        }
        found.sort(Comparator.comparingDouble(Suggestion::score).reversed().thenComparing(Suggestion::a).thenComparing(Suggestion::b));
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : List.copyOf(found);
    }

    private void index(ByteBuffersDirectory directory, List<ClaimText> texts) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (int i = 0; i < texts.size(); i++) {
                ClaimText t = texts.get(i);
                Document doc = new Document();
                doc.add(new StoredField(ID, i));
                doc.add(new StringField(PAPER, t.paper, Field.Store.NO));
                t.actors.forEach(a -> doc.add(new StringField(ACTOR, a, Field.Store.NO)));
                List<String> cueTerms = new ArrayList<>();
                t.readings.forEach((language, reading) -> {
                    doc.add(new TextField(language.name(), String.join(" ", reading.words.keySet()), Field.Store.NO));
                    reading.cues.forEach((group, sides) -> sides.keySet().forEach(side -> cueTerms.add(cueTerm(language, group, side))));
                });
                doc.add(new TextField(CUE, String.join(" ", cueTerms), Field.Store.NO));
                writer.addDocument(doc);
            }
        }
    }

    /** For each language and word, how many claims use it. */
    private static Map<String, Integer> claimsUsing(List<ClaimText> texts) {
        Map<String, Integer> count = new HashMap<>();
        for (ClaimText t : texts) {
            t.readings.forEach((language, reading) -> reading.words.keySet().forEach(w -> count.merge(language.name() + " " + w, 1, Integer::sum)));
        }
        return count;
    }

    /** The claim's rarer words and its actors, and the cue words that would oppose it, from any other paper. */
    private Query query(ClaimText t, Map<String, Integer> claimsUsing) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(new TermQuery(new Term(PAPER, t.paper)), BooleanClause.Occur.MUST_NOT);
        t.actors.stream().limit(QUERY_WORDS).forEach(a -> query.add(new BoostQuery(new TermQuery(new Term(ACTOR, a)), 2), BooleanClause.Occur.SHOULD));
        for (Map.Entry<Language, Reading> entry : t.readings.entrySet()) {
            Language language = entry.getKey();
            Reading reading = entry.getValue();
            reading.words.keySet().stream()
                    .filter(w -> claimsUsing.get(language.name() + " " + w) > 1)
                    .sorted(Comparator.comparingInt(w -> claimsUsing.get(language.name() + " " + w)))
                    .limit(QUERY_WORDS)
                    .forEach(w -> query.add(new TermQuery(new Term(language.name(), w)), BooleanClause.Occur.SHOULD));
            int asked = 0;
            for (int group : reading.cues.keySet()) {
                for (int side : reading.cues.get(group).keySet()) {
                    for (int other : opposed(group, side)) {
                        if (asked++ >= QUERY_WORDS) break;
                        query.add(new BoostQuery(new TermQuery(new Term(CUE, cueTerm(language, group, other))), 4), BooleanClause.Occur.SHOULD);
                    }
                }
            }
        }
        return query.build();
    }

    /** The sides that oppose this one: the other pole, or every other value of a set met so far. */
    private List<Integer> opposed(int group, int side) {
        if (cues.group(group).poles()) return List.of(-side);
        List<Integer> others = new ArrayList<>();
        for (int member = 0; member < cues.group(group).size(); member++) if (member != side) others.add(member);
        return others;
    }

    private static String cueTerm(Language language, int group, int side) {
        return language.name().charAt(0) + "" + group + (side < 0 ? "m" + -side : "p" + side);
    }
}
