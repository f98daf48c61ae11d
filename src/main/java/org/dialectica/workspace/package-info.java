/**
 * The workspace: the maps people open, each with one live reasoning session shared by everyone
 * viewing it, and (in {@code ui}) the views to pick and study them.
 */
package org.dialectica.workspace;
