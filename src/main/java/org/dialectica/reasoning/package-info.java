/**
 * Reasoning over a map: the only package that talks to Drools. The rules in {@code rules/*.drl}
 * derive conflicts, attack kinds, support chains, indirect (bipolar) attacks and findings, each with
 * the rule's name and a sentence a student can read (a template key and its arguments, worded in
 * English or Indonesian from {@code explanations*.properties} when read); a linear-time fixpoint labels the claims
 * IN / OUT / UNDEC under grounded semantics over the attacks the rules derive, and the
 * acceptability rules explain (and check) every label. One {@link ReasoningSession} per open map
 * keeps the rule session live, so an edit costs work proportional to what it changes. Rubrics'
 * rules ({@code rules/rubrics/}, .drl files and decision tables, whose errors are named by their
 * cell) are compiled and run here too ({@link Assessment}).
 */
package org.dialectica.reasoning;
