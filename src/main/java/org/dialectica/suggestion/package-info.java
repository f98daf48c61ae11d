/**
 * Conflicts suggested from the claims' texts, for the conflicts the rules cannot derive because no
 * descriptors meet: claims of different papers whose English and original texts are about the same
 * thing and carry opposite words (antonyms, negations, opposite descriptor directions), ranked by a
 * score with the words that triggered each. Candidates come from a Lucene index of the map, so a
 * map is never compared pair by pair. Free of the web and the database; nothing here is decided,
 * only proposed: a person accepts a suggestion as a drawn opposition, or dismisses it.
 */
package org.dialectica.suggestion;
