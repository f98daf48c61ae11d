/**
 * The application's wiring: settings, the shared rule base, and (in {@code ui}) the shell every
 * view sits in.
 */
package org.dialectica.base;
