package org.dialectica.reasoning;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dialectica.map.Claim;

/**
 * The claims of a session as they are now, for wording explanations when they are read: a fact
 * derived in two ways keeps the explanation of the first, so an explanation must not capture a
 * claim's text from the moment it was derived. Concurrent, as viewers read while an editor edits.
 */
public final class Names {
    private final Map<String, Claim> claims = new ConcurrentHashMap<>();

    void put(Claim claim) {
        claims.put(claim.id(), claim);
    }

    void remove(String claimId) {
        claims.remove(claimId);
    }

    /** The claim with this id now, or a bare one carrying only the id if it is gone. */
    public Claim claim(String claimId) {
        Claim claim = claims.get(claimId);
        return claim != null ? claim : Claim.of(claimId, "");
    }
}
