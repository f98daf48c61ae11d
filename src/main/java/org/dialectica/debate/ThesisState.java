package org.dialectica.debate;

import org.dialectica.reasoning.Label;

/** A side's thesis at one moment: its status and strength. */
public record ThesisState(String side, String id, String title, Label label, double strength) {}
