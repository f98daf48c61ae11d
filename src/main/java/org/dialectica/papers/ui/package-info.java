/**
 * The papers on the map page: the reading pane beside the canvas ({@link org.dialectica.papers.ui.ReadingPane}),
 * shown by the map view as a {@link org.dialectica.workspace.ui.MapViewPane}, with the paper's text
 * as a small element of its own that reports the reader's selection ({@code paper-text.ts}).
 */
package org.dialectica.papers.ui;
