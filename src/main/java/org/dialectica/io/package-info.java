/**
 * Reading and writing map files: Argdown ({@code argdown}), the ICCMA abstract-framework formats
 * ({@code af}), and the JSON analysis report ({@code json}). Readers build a complete map or fail
 * with a located error; they never hand back half a file.
 */
package org.dialectica.io;
