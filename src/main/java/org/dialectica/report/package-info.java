/**
 * A map as a document to read without the application: its theses with their status, strength and
 * the rules' reasons, every claim, the conflicts, the findings and the sources, in the reader's
 * language, as Markdown or PDF. Everything it says comes from the {@link org.dialectica.reasoning.Analysis}
 * the map page shows, worded by the same sentences; nothing is worked out a second time. Free of
 * the web and the database, so the map page and the command line write the same document.
 */
package org.dialectica.report;
