package org.dialectica.grading;

import org.dialectica.map.ArgumentMap;

/** The engine tests' maps, for the command line's tests. */
public final class OwnWorkGradingAccess {
    private OwnWorkGradingAccess() {}

    public static ArgumentMap withObjection(ArgumentMap starter) {
        return OwnWorkGradingTest.withObjection(starter);
    }
}
