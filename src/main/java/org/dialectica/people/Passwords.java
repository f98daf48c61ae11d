package org.dialectica.people;

import java.security.SecureRandom;

/** Random passwords for new and reset accounts, and the rule every chosen password follows. */
final class Passwords {
    private Passwords() {}

    static final int MIN_LENGTH = 10;
    /**
     * Bcrypt reads only a password's first 72 bytes (and Spring refuses longer ones): the one limit
     * is 72 bytes of UTF-8, which is 72 plain letters, digits and signs, fewer with accents or emoji.
     */
    static final int MAX_BYTES = 72;
    // no 0/O, 1/l/I: a password read off a screen or a printout is typed right
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    static String random() {
        StringBuilder b = new StringBuilder(16);
        for (int i = 0; i < 16; i++) b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        return b.toString();
    }

    /** @throws IllegalArgumentException saying what is wrong with a chosen password */
    static void check(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new Refusal("account.error.short", MIN_LENGTH);
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new Refusal("account.error.long", MAX_BYTES);
        }
    }
}
