package org.dialectica.grading;

/**
 * A student's claim matched to a reference claim: how ({@code id}, {@code descriptor} or
 * {@code text}) and how closely (1 for the same id; text: the cosine of their analysed words).
 * A grader may correct it ({@code how} = {@code grader}).
 */
public record Match(String student, String reference, double score, String how) {}
