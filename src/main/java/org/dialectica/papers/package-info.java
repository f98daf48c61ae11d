/**
 * Papers as sources: the texts claims quote, each with its id (the file name claims cite, e.g.
 * {@code 004_f5840cd7195cf325.txt}), title, language and numbered paragraphs (and pages, for a
 * PDF), so a quote can be found, located and checked. {@link Paper} and its {@link Paragraphs rule
 * of paragraphs} are plain Java; {@link Papers} (the service: who may add what, uploads of UTF-8 text
 * and PDF) and {@code PaperStore} (table {@code paper}, V16) keep them; {@code PaperQuotes} is the
 * quote check the rule sessions run on every claim, and {@code SeedPapers} loads
 * {@code arguments/papers/} on the first start.
 */
package org.dialectica.papers;
