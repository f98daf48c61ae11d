package org.dialectica.workspace;

import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.Opposition;
import org.dialectica.map.Support;

/**
 * One step of a user's edit. A user action is a list of steps that the workspace checks against
 * the map, saves in one transaction and then applies to the live session; applying it answers
 * with the steps that undo it, worked out from the map as it was, so undo needs no bookkeeping of
 * its own.
 */
public sealed interface Change {
    /** Creates a claim ({@code expectedVersion} null) or changes one opened at that version. */
    record PutClaim(Claim claim, Long expectedVersion) implements Change {}

    /** Deletes a claim seen at that version, with everything that goes with it. */
    record RemoveClaim(String claimId, long expectedVersion) implements Change {}

    /** Puts a deleted claim back with everything that went with it. */
    record RestoreClaim(ArgumentMap.Removal removal) implements Change {}

    record AddSupport(Support support) implements Change {}

    /** Removes a support with the undercuts aimed at it. */
    record RemoveSupport(String supportId) implements Change {}

    record AddAttack(Attack attack) implements Change {}

    record RemoveAttack(String attackId) implements Change {}

    record AddOpposition(Opposition opposition) implements Change {}

    record RemoveOpposition(Opposition opposition) implements Change {}

    /** The map's title and description. */
    record DescribeMap(String title, String description) implements Change {}
}
