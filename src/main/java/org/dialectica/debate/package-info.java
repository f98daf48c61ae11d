/**
 * Seminar debates: a motion, sides with their theses, and moves on the debate's own copy of a map,
 * judged by the protocol rules and scored by the semantics after every move. The engine
 * ({@link org.dialectica.debate.Debate}) is free of the web and the database; a transcript
 * replays it anywhere, also on the command line.
 */
package org.dialectica.debate;
