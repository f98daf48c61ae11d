package org.dialectica.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Claim;

/**
 * Matches a student's claims to a reference map's: the same id first, then the same descriptor
 * (subject, dimension, direction), then the text. Text goes through Lucene: the English text and
 * title with the English analyser (stemming, stop words), the original with the Indonesian one;
 * each student claim asks the reference's index for its few best candidates (no claim is compared
 * with every other), and a candidate counts when the cosine of the two claims' analysed words
 * reaches {@link #MIN_TEXT}. Same-meaning words are written as one first ({@link Paraphrases}), the
 * English is compared with the candidate's title alone too (a short paraphrase of a long text), and
 * claims naming opposite outcomes or other actors never match. Each reference claim is matched
 * once, best scores first.
 */
final class ClaimMatcher {
    static final double MIN_TEXT = 0.5;
    static final int CANDIDATES = 10;
    private static final String EN = "en", ORIGINAL = "original", ID = "id";

    private final Analyzer analyzer = new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), Map.of(ORIGINAL, new IndonesianAnalyzer()));
    private final ArgumentMap reference;
    private final Map<String, List<String>> byDescriptor = new HashMap<>();
    private final IndexSearcher searcher;
    private final Map<String, Words> referenceWords = new HashMap<>();

    /**
     * A claim's analysed words, per language: English (text and title), the title alone, and the
     * original; and the actors and outcomes it names ({@link Paraphrases#marks}).
     */
    record Words(Set<String> english, Set<String> title, Set<String> original, Set<String> marks, boolean paraphrases) {
        boolean isEmpty() {
            return english.isEmpty() && original.isEmpty();
        }

        /** The closer of the two languages both claims have (English also against the other's title alone), 0 when they exclude each other. */
        double cosine(Words other) {
            if (!paraphrases) return Math.max(ClaimMatcher.cosine(english, other.english), ClaimMatcher.cosine(original, other.original));
            if (Paraphrases.exclude(marks, other.marks)) return 0;
            double english = Math.max(capped(this.english, other.english), capped(this.english, other.title));
            return Math.max(english, capped(original, other.original));
        }
    }

    /** false: as the matcher was before paraphrases (issue 17), kept to measure the difference (docs/benchmarks.md) */
    private final boolean paraphrases;

    ClaimMatcher(ArgumentMap reference) {
        this(reference, true);
    }

    ClaimMatcher(ArgumentMap reference, boolean paraphrases) {
        this.reference = reference;
        this.paraphrases = paraphrases;
        ByteBuffersDirectory index = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(index, new IndexWriterConfig(analyzer))) {
            for (Claim c : reference.claims()) {
                if (c.proposition() != null) byDescriptor.computeIfAbsent(descriptor(c), k -> new ArrayList<>()).add(c.id());
                Document doc = new Document();
                doc.add(new StoredField(ID, c.id()));
                doc.add(new TextField(EN, english(c), Field.Store.NO));
                if (c.originalText() != null) doc.add(new TextField(ORIGINAL, original(c), Field.Store.NO));
                writer.addDocument(doc);
                referenceWords.put(c.id(), words(c));
            }
            writer.commit();
            searcher = new IndexSearcher(DirectoryReader.open(index));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // an index in memory: never expected
        }
    }

    /** The matches of a student's claims, each reference claim and each student claim at most once. */
    List<Match> match(ArgumentMap student) {
        List<Match> candidates = new ArrayList<>();
        for (Claim c : student.claims()) {
            if (reference.hasClaim(c.id())) candidates.add(new Match(c.id(), c.id(), 1.0, "id"));
            if (c.proposition() != null) {
                for (String r : byDescriptor.getOrDefault(descriptor(c), List.of())) candidates.add(new Match(c.id(), r, 0.9, "descriptor"));
            }
            candidates.addAll(byText(c));
        }
        candidates.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::student).thenComparing(Match::reference));
        Set<String> students = new HashSet<>(), references = new HashSet<>();
        List<Match> out = new ArrayList<>();
        for (Match m : candidates) {
            if (students.contains(m.student()) || references.contains(m.reference())) continue;
            students.add(m.student());
            references.add(m.reference());
            out.add(m);
        }
        return out;
    }

    private List<Match> byText(Claim c) {
        Words mine = words(c);
        if (mine.isEmpty()) return List.of();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String w : analysed(EN, english(c))) query.add(new TermQuery(new Term(EN, w)), BooleanClause.Occur.SHOULD);
        if (c.originalText() != null) {
            for (String w : analysed(ORIGINAL, original(c))) query.add(new TermQuery(new Term(ORIGINAL, w)), BooleanClause.Occur.SHOULD);
        }
        List<Match> out = new ArrayList<>();
        try {
            for (ScoreDoc hit : searcher.search(query.build(), paraphrases ? CANDIDATES : 3).scoreDocs) {
                String id = searcher.storedFields().document(hit.doc).get(ID);
                double cosine = mine.cosine(referenceWords.get(id));
                if (cosine >= MIN_TEXT) out.add(new Match(c.id(), id, Math.round(cosine * 1000) / 1000.0, "text"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
            return List.of(); // a claim of thousands of distinct words: no text match rather than a failure
        }
        return out;
    }

    private Words words(Claim c) {
        Set<String> english = new LinkedHashSet<>(analysed(EN, english(c)));
        if (!paraphrases) {
            return new Words(english, Set.of(), c.originalText() == null ? Set.of() : new LinkedHashSet<>(analysed(ORIGINAL, c.originalText())), Set.of(), false);
        }
        Set<String> title = c.title() == null ? Set.of() : new LinkedHashSet<>(analysed(EN, Paraphrases.english(c.title())));
        Set<String> original = c.originalText() == null ? Set.of() : new LinkedHashSet<>(analysed(ORIGINAL, original(c)));
        Set<String> marks = new java.util.HashSet<>(Paraphrases.marks(english(c)));
        if (c.originalText() != null) marks.addAll(Paraphrases.marks(original(c)));
        return new Words(english, title, original, marks, true);
    }

    /** Title and text, in English; with paraphrases, each group of same-meaning words written as one. */
    private String english(Claim c) {
        String text = (c.title() == null ? "" : c.title() + " ") + c.text();
        return paraphrases ? Paraphrases.english(text) : text;
    }

    private String original(Claim c) {
        return paraphrases ? Paraphrases.indonesian(c.originalText()) : c.originalText();
    }

    private List<String> analysed(String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) out.add(term.toString());
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The cosine, with the reference claim's words counted as at most twice the student's: a short
     * paraphrase of a long claim is not lost in the words it leaves out.
     */
    static double capped(Set<String> student, Set<String> reference) {
        if (student.isEmpty() || reference == null || reference.isEmpty()) return 0;
        int common = 0;
        for (String w : student) if (reference.contains(w)) common++;
        return Math.min(1, common / Math.sqrt((double) student.size() * Math.min(reference.size(), 2 * student.size())));
    }

    static double cosine(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b == null || b.isEmpty()) return 0;
        int common = 0;
        for (String w : a) if (b.contains(w)) common++;
        return common / Math.sqrt((double) a.size() * b.size());
    }

    private static String descriptor(Claim c) {
        return c.proposition().topic() + "|" + c.proposition().directionKey();
    }
}
