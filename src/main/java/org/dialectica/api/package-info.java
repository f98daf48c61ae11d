/**
 * The REST API ({@code /api/**}, OpenAPI 3 at {@code /v3/api-docs}, browsable at {@code /api/docs}):
 * maps, their analysis and comparison, debates and grading for programs, as JSON. A call is signed
 * in by a personal access token ({@link org.dialectica.people.AccessTokens}) and goes through the
 * same services as the pages, so every right is decided where the pages' are ({@code MapPolicy},
 * assignments, debates); nothing here checks rights itself. Errors are RFC 9457 problem details.
 */
package org.dialectica.api;
