package org.dialectica.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * UI texts in English and Indonesian (the seed papers and many of their readers are Indonesian),
 * from {@code messages.properties} and {@code messages_id.properties}. A missing key shows as
 * {@code !key!} rather than failing, and a test checks that every key exists in both.
 */
@Component
public class Translations implements I18NProvider {
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    static final String BUNDLE = "messages";

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(ENGLISH, INDONESIAN);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = INDONESIAN.getLanguage().equals(locale == null ? null : locale.getLanguage()) ? INDONESIAN : ENGLISH;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            if (params.length == 0) return bundle.getString(key);
            // parsing a pattern costs more than the page around it (the JDK throws and catches inside);
            // a parsed one is not thread-safe, so each use formats with a copy
            MessageFormat parsed = formats.computeIfAbsent(language.getLanguage() + '\n' + key,
                    k -> new MessageFormat(bundle.getString(key), language));
            return ((MessageFormat) parsed.clone()).format(params);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** Parsed patterns by language and key: a few hundred at most. */
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();
}
