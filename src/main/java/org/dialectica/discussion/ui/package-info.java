/**
 * The comments in the map view: a panel under the selected claim or relation and a count of open
 * comments on each claim, given to the view as a {@code workspace.ui.MapViewExtension} bean, so
 * that the view shows them without depending on this package.
 */
package org.dialectica.discussion.ui;
