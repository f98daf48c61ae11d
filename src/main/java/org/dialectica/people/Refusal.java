package org.dialectica.people;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A request refused for a reason the person can fix, with the key of its sentence in the UI texts
 * ({@code messages*.properties}) and its arguments: pages word it in the reader's language, the
 * message (for logs and the command line) is the English sentence.
 */
public final class Refusal extends IllegalArgumentException {
    private final String key;
    private final transient Object[] args;

    public Refusal(String key, Object... args) {
        super(english(key, args));
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    private static String english(String key, Object[] args) {
        ResourceBundle texts = ResourceBundle.getBundle("messages", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(texts.getString(key), Locale.ENGLISH).format(args);
    }
}
