/**
 * The argument model: claims with their sources and proposition descriptors, the vocabulary that
 * says which descriptors oppose each other, the supports and attacks drawn between them,
 * premise–conclusion arguments and declared contraries. Plain Java,
 * free of framework types, so that readers, the rule engine and the UI all share one vocabulary.
 */
package org.dialectica.map;
