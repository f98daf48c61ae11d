/**
 * Suggestions from texts, for a person to accept or dismiss; nothing here is decided. Conflicts
 * suggested from the claims' texts, for the conflicts the rules cannot derive because no
 * descriptors meet: claims of different papers whose English and original texts are about the same
 * thing and carry opposite words (antonyms, negations, opposite descriptor directions), ranked by a
 * score with the words that triggered each; candidates come from a Lucene index of the map, so a
 * map is never compared pair by pair ({@link org.dialectica.suggestion.Suggester}). And claims
 * suggested from a paper's plain text: its sentences with their paragraph, ranked by signals of
 * argument in English and Indonesian ({@link org.dialectica.suggestion.ClaimSuggester}). Free of
 * the web and the database.
 */
package org.dialectica.suggestion;
