/**
 * The papers on the map page: the reading pane beside the canvas ({@link org.dialectica.papers.ui.ReadingPane}),
 * shown by the map view as a {@link org.dialectica.workspace.ui.MapViewPane}, with the paper's text
 * ({@link org.dialectica.papers.ui.ReadingText}), whose script in the page reports the reader's selection.
 */
package org.dialectica.papers.ui;
