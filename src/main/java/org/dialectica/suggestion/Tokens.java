package org.dialectica.suggestion;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Splits a text into {@link Token}s with Lucene's analysers: English stemmed by KStem (it knows
 * "stronger" is "strong", where Porter does not), Indonesian by Lucene's Indonesian stemmer. Stop
 * words are marked, not dropped: negations are stop words ("not", "tidak") and must be seen.
 */
final class Tokens {
    /** Lucene's short English list and the Snowball one ("its", "from", "other" are no topic) */
    private static final CharArraySet ENGLISH_STOP = englishStopWords();
    private static final CharArraySet INDONESIAN_STOP = IndonesianAnalyzer.getDefaultStopSet();

    private final Analyzer english = analyzer(Language.ENGLISH);
    private final Analyzer indonesian = analyzer(Language.INDONESIAN);
    private final Analyzer other = analyzer(Language.OTHER);

    List<Token> of(Language language, String text) {
        List<Token> out = new ArrayList<>();
        if (text == null || text.isBlank()) return out;
        Analyzer analyzer = switch (language) {
            case ENGLISH -> english;
            case INDONESIAN -> indonesian;
            case OTHER -> other;
        };
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String surface = text.substring(offset.startOffset(), offset.endOffset()).toLowerCase(Locale.ROOT);
                String stem = term.toString();
                out.add(switch (language) {
                    case ENGLISH -> new Token(surface, stem, stem, ENGLISH_STOP.contains(surface));
                    case INDONESIAN -> new Token(surface, stem, withoutParticle(surface), INDONESIAN_STOP.contains(surface));
                    case OTHER -> new Token(surface, stem, null, false);
                });
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string in memory: never expected
        }
        return out;
    }

    /** The key a cue word of a list is looked up by, as a text's word of that language would be. */
    String cueKey(Language language, String word) {
        List<Token> tokens = of(language, word);
        return tokens.size() == 1 ? tokens.getFirst().cueKey() : null;
    }

    /** "melemahnya" is "melemah": the particles -nya, -lah, -kah, -pun change no meaning a cue cares about. */
    static String withoutParticle(String word) {
        for (String particle : new String[] {"nya", "lah", "kah", "pun"}) {
            if (word.endsWith(particle) && word.length() - particle.length() >= 4) return word.substring(0, word.length() - particle.length());
        }
        return word;
    }

    private static CharArraySet englishStopWords() {
        CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        try (InputStream in = SnowballFilter.class.getResourceAsStream("english_stop.txt")) {
            if (in != null) words.addAll(WordlistLoader.getSnowballWordSet(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CharArraySet.unmodifiableSet(words);
    }

    private static Analyzer analyzer(Language language) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = switch (language) {
                    case ENGLISH -> new KStemFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)));
                    case INDONESIAN -> new IndonesianStemFilter(new LowerCaseFilter(source));
                    case OTHER -> new LowerCaseFilter(source);
                };
                return new TokenStreamComponents(source, stream);
            }
        };
    }
}
