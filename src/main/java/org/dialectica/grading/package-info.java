/**
 * Grading student maps against a rubric: rubrics as editable criteria (titles in English and
 * Indonesian) decided by rules and decision tables ({@code rules/rubrics/}), student claims matched
 * to a reference map's (by id, descriptor and text, with groups of same-meaning words), points per
 * criterion with explanations, counting only what each student added to or changed in the starter
 * map they began from ({@link org.dialectica.grading.OwnWork}). The engine
 * ({@link org.dialectica.grading.Grader}) is free of the web and the database, so the command line
 * grades a folder of files the same way.
 * Around it, {@link org.dialectica.grading.Assignments} sets work for a class: the reference is an
 * answer key the class's students never open ({@code HiddenReferences}), the starter what they copy,
 * and every change of the rubric grades the class again in the background ({@code Regrades}).
 */
package org.dialectica.grading;
