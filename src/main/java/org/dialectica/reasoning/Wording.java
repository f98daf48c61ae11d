package org.dialectica.reasoning;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.dialectica.map.TimeSpan;

/**
 * Words a {@link Sentence} in English or Indonesian from {@code explanations.properties} and
 * {@code explanations_id.properties} (MessageFormat patterns). Any other language reads English.
 * An Indonesian template that is missing falls back to the English one; a test keeps both complete.
 */
final class Wording {
    static final String BUNDLE = "org.dialectica.reasoning.explanations";
    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    static final String RULE = "rule";
    static final UnaryOperator<String> LOGINS = UnaryOperator.identity();
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Wording() {}

    static String render(Sentence sentence, Locale locale, UnaryOperator<String> names) {
        Locale language = language(locale);
        Sentence now = sentence.now();
        String text = RULE.equals(now.key()) ? ruleName((String) now.args()[0], language) : format(now, language, names);
        return sentence.isCapitalised() && !text.isEmpty() ? text.substring(0, 1).toUpperCase(language) + text.substring(1) : text;
    }

    static Locale language(Locale locale) {
        return locale != null && INDONESIAN.getLanguage().equals(locale.getLanguage()) ? INDONESIAN : Locale.ROOT;
    }

    static ResourceBundle bundle(Locale language) {
        return ResourceBundle.getBundle(BUNDLE, language, NO_DEFAULT_LOCALE);
    }

    private static String format(Sentence sentence, Locale language, UnaryOperator<String> names) {
        String pattern;
        try {
            pattern = bundle(language).getString(sentence.key());
        } catch (MissingResourceException e) {
            return "!" + sentence.key() + "!";
        }
        Object[] args = sentence.args();
        Object[] words = new Object[args.length];
        for (int i = 0; i < args.length; i++) words[i] = argument(args[i], language, names);
        MessageFormat format = FORMATS.computeIfAbsent(language.toLanguageTag() + "|" + sentence.key(),
                k -> new MessageFormat(pattern, language));
        synchronized (format) { // a MessageFormat is not safe to share; this one is only read while formatting
            return format.format(words);
        }
    }

    /** Parsed templates by language and key: a report of 100,000 claims words a few hundred thousand sentences. */
    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

    private static String argument(Object arg, Locale language, UnaryOperator<String> names) {
        return switch (arg) {
            case null -> "";
            case Sentence s -> render(s, language, names);
            case Enum<?> kind -> render(Sentence.word(kind), language, names);
            case Supplier<?> later -> argument(later.get(), language, names);
            case Sentence.Listing l -> list(l.items(), language, names);
            case Sentence.Participant p -> name(p.login(), names);
            case Sentence.Descriptor d -> optional("descriptor." + key(d.word()), d.word(), language);
            case Sentence.Score score -> String.format(language == INDONESIAN ? INDONESIAN : Locale.ENGLISH, "%.2f", score.value());
            case Sentence.Predicate p -> bundle(language).containsKey("predicate." + key(p.word()))
                    ? bundle(language).getString("predicate." + key(p.word()))
                    : render(Sentence.of("predicate.other", Sentence.descriptor(p.word())), language, names);
            case TimeSpan span -> span.equals(TimeSpan.ALWAYS) ? render(Sentence.of("span.always"), language, names) : span.toString();
            default -> arg.toString();
        };
    }

    private static String list(List<?> items, Locale language, UnaryOperator<String> names) {
        List<String> words = items.stream().map(i -> argument(i, language, names)).toList();
        if (words.size() < 2) return words.isEmpty() ? "" : words.get(0);
        String rest = words.get(0);
        for (String next : words.subList(1, words.size() - 1)) rest = render(Sentence.of("list.comma", rest, next), language, names);
        return render(Sentence.of("list.and", rest, words.get(words.size() - 1)), language, names);
    }

    /** A person as the caller names them; a login the caller does not know stays a login. */
    private static String name(String login, UnaryOperator<String> names) {
        if (login == null) return "";
        String name = names.apply(login);
        return name == null || name.isBlank() ? login : name;
    }

    /** Rule names and vocabulary words are translated where the templates know them, else kept as written. */
    private static String ruleName(String name, Locale language) {
        return optional("rule." + key(name), name, language);
    }

    private static String optional(String key, String fallback, Locale language) {
        ResourceBundle bundle = bundle(language);
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    /** "Claims declared contrary conflict" → "claims-declared-contrary-conflict", a key without spaces. */
    static String key(String words) {
        String known = KEYS.get(words);
        if (known != null) return known;
        String key = words.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
        if (KEYS.size() < 10_000) KEYS.put(words, key); // rule names and vocabulary words; typed ones could be endless
        return key;
    }
}
