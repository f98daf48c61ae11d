package org.dialectica.people;

/**
 * Someone joined a class: they may now see the maps shared with it. Published inside the change's
 * transaction, for those who keep what rights allowed. (A class just made has no maps shared with
 * it yet, and nobody leaves a class.)
 */
public record ClassesChanged(long classId) {}
