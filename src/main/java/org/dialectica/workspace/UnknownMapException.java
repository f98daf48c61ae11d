package org.dialectica.workspace;

/** A map id that names no stored map: deleted, or mistyped in a link. */
public class UnknownMapException extends RuntimeException {
    public UnknownMapException(String mapId) {
        super("There is no map with the id '" + mapId + "'.");
    }
}
