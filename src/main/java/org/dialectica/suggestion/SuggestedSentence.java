package org.dialectica.suggestion;

import java.util.List;
import java.util.Locale;

/**
 * A sentence of a paper suggested as a claim: its number in the paper (from 1), its text (the
 * paper's span with whitespace runs made one space, so it can be a claim's quote as it is), its span
 * {@code [start, end)} in the text given, its score (the sum of the weights of the signals that
 * fired; higher is likelier to carry an argument) and the signals with the words that fired them,
 * so a page can say why. Where it stands as a claim cites it (paragraph, page) is the paper's to
 * say ({@code papers.Paper#find}, {@code Paper#locator}): people see one numbering of paragraphs.
 */
public record SuggestedSentence(int number, String text, int start, int end, double score,
        List<Signal> signals) {
    public SuggestedSentence {
        signals = List.copyOf(signals);
    }

    /** One signal and the words of the sentence that fired it (none for the signals of shape). */
    public record Signal(Kind kind, List<String> words) {
        public Signal {
            words = List.copyOf(words);
        }
    }

    /** What makes a sentence likelier (positive weight) or less likely (negative) to carry an argument. */
    public enum Kind {
        /** a reason given by a connective: because, due to, karena, sebab, dikarenakan */
        CAUSE(2),
        /** a consequence drawn by a connective: therefore, thus, so that, oleh karena itu, sehingga, maka, akibatnya */
        CONSEQUENCE(2),
        /**
         * a cause stated by a verb: led to, enabled, caused by, menyebabkan, mengakibatkan, membuat. Half
         * a connective's weight: a connective joins two statements, the writer's reasoning; a causative
         * verb joins two events, as a chronicle does ("the shelling caused casualties")
         */
        EFFECT(1),
        /** a contrast or concession: however, although, namun, tetapi, meskipun */
        CONTRAST(1.5),
        /** a conclusion or finding announced: the findings reveal, in conclusion, kesimpulan, menunjukkan bahwa */
        CONCLUSION(2),
        /**
         * the writer's reading of a fact: can be seen as, is regarded as, suggests that, dapat dilihat
         * sebagai, dianggap, diinterpretasikan, mencerminkan: an interpretation, which is a claim
         */
        STANCE(1),
        /** a claim of change or of a trend: increased, weakens, stable, meningkat, melemah, mengubah */
        CHANGE(1),
        /** a comparison: more, than, stronger, lebih, semakin, daripada */
        COMPARISON(1),
        /** an assessment or a prediction: crucial, likely, will, penting, utama, kemungkinan besar */
        ASSESSMENT(0.5),
        /** names at least two of the paper's five commonest words: it is about the paper's subject */
        TOPIC(1),
        /** in the abstract or the conclusion, where a paper states its claims */
        SUMMARY_SECTION(1),
        /** in the section of theory, literature or method: the paper's framework, not yet its case */
        FRAMEWORK_SECTION(-2),
        /** the apparatus of citation: a web address, a page, a journal, a year in brackets */
        CITATION(-3),
        /**
         * an event dated to the calendar: in 1991, since 1988, on 9 November 2020, pada tahun 1988,
         * pada tanggal 28 September 2020. A chronicle's sentence: the background a paper tells before
         * it argues
         */
        CHRONICLE(-1),
        /** the paper describing its own method: qualitative, data collection, metode, kerangka teori */
        METHOD(-1.5),
        /** fewer than six words: a heading, a label, a fragment of layout */
        SHORT(-2),
        /** starts with a lower-case letter: the rest of a sentence a footnote or a page cut */
        FRAGMENT(-1);

        final double weight;

        Kind(double weight) {
            this.weight = weight;
        }

        public double weight() {
            return weight;
        }

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
