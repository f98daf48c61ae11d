/**
 * Argdown map files ({@code .argdown}): {@link org.dialectica.io.argdown.ArgdownReader} reads Argdown
 * with Dialectica's data keys into an {@link org.dialectica.map.ArgumentMap}, and
 * {@link org.dialectica.io.argdown.ArgdownWriter} writes a map back so that it reads the same.
 */
package org.dialectica.io.argdown;
