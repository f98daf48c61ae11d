package org.dialectica.base.ui;

/** A signed-in principal with a name to show people (the shell knows no account class). */
public interface NamedPrincipal {
    String displayName();
}
