/**
 * People: accounts, roles and classes, who is signed in, the login throttle and the audit log of
 * logins and admin actions; (in {@code ui}) the login, account and admin pages.
 */
package org.dialectica.people;
