/**
 * The discussion of a map: threads of comments on its claims and drawn relations, resolved once the
 * point is settled. Built on the workspace (whose access rules it asks and whose viewers it tells of
 * each new comment) and on people (who is writing); neither knows of it. It owns its one table.
 */
package org.dialectica.discussion;
