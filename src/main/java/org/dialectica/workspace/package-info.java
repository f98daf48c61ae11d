/**
 * The workspace: the maps people open, each with one live reasoning session shared by everyone
 * viewing it, the history of every edit of a map (who, when, what, and how to undo it), the
 * conflicts its claims' texts suggest for those who may edit it (with the pairs they dismissed),
 * the three-way merge of two people's saves of one claim or map description, who is viewing each
 * map while their page answers, and (in {@code ui}) the views to pick and study them.
 */
package org.dialectica.workspace;
