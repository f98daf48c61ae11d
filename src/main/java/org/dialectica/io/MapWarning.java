package org.dialectica.io;

/** Something in a file that was read but not used, or used with a guess; never silent. */
public record MapWarning(String file, int line, int column, String message) {
    public MapWarning {
        if (message != null && message.length() > MapFileException.MAX_PROBLEM) {
            message = message.substring(0, MapFileException.MAX_PROBLEM - 1) + "…";
        }
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": warning: " + message;
    }
}
