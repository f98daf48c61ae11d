/**
 * The command line: {@code analyze PATH… [--format json]} reads map files, runs the rules and
 * prints a report, without starting Spring or the web server.
 */
package org.dialectica.cli;
