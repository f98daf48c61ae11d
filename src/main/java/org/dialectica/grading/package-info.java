/**
 * Grading student maps against a rubric: rubrics as editable criteria decided by rules
 * ({@code rules/rubrics/}), student claims matched to a reference map's (by id, descriptor and
 * text), points per criterion with explanations. The engine ({@link org.dialectica.grading.Grader})
 * is free of the web and the database, so the command line grades a folder of files the same way.
 * Around it, {@link org.dialectica.grading.Assignments} sets work for a class: the reference is an
 * answer key the class's students never open ({@code HiddenReferences}), the starter what they copy,
 * and every change of the rubric grades the class again in the background ({@code Regrades}).
 */
package org.dialectica.grading;
