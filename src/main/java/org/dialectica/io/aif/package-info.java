/**
 * The Argument Interchange Format as AIFdb and OVA3 write it (JSON nodes and edges):
 * {@link org.dialectica.io.aif.AifReader} reads it into a map, naming what a map cannot hold, and
 * {@link org.dialectica.io.aif.AifWriter} writes a map so that AIF tools and this reader read it.
 */
package org.dialectica.io.aif;
