/**
 * The shell every view sits in (title, navigation, language switch), the translations, and the
 * graph canvas component. Shared UI only: no feature's domain types.
 */
package org.dialectica.base.ui;
