/**
 * The debate pages: the list with the "New debate" form, and one debate with its map, scoreboard,
 * move form, transcript, replay and exports, following every move live. They act through the
 * {@code Debates} service, which checks every call; the canvas drawing is the workspace's.
 */
package org.dialectica.debate.ui;
