package org.dialectica.suggestion;

/**
 * One word of a text: as written (lower case), its stem (what topic words are compared on) and the
 * key cue words are looked up by (the stem in English; in Indonesian the word without its particle).
 */
record Token(String surface, String stem, String cueKey, boolean stop) {}
