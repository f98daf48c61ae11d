package org.dialectica.discussion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Opposition;
import org.dialectica.map.Support;
import org.dialectica.people.CurrentPerson;
import org.dialectica.people.Person;
import org.dialectica.workspace.MapAction;
import org.dialectica.workspace.MapEvent;
import org.dialectica.workspace.Workspace;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The comments on a map's claims and drawn relations, in threads that are resolved once the point
 * is settled. Every call acts for the person signed in on the calling thread ({@link
 * CurrentPerson}) and checks with the workspace that they may: reading needs {@link MapAction#VIEW},
 * writing {@link MapAction#COMMENT}; a thread is resolved or reopened by its author, by someone who
 * may edit the map, or by a teacher. The author is always the signed-in person, never a name a page
 * sends. Each change is committed, then announced to the map's viewers so their pages follow it.
 */
@Service
public class Discussion {
    /** The longest comment, in characters (the column's size). */
    public static final int MAX_BODY = 4000;

    private final DiscussionStorage.Comments comments;
    private final Workspace workspace;
    private final TransactionTemplate transactions;

    Discussion(DiscussionStorage.Comments comments, Workspace workspace, TransactionTemplate transactions) {
        this.comments = comments;
        this.workspace = workspace;
        this.transactions = transactions;
    }

    /** Every thread of the map, oldest first. */
    public List<CommentThread> threads(String mapId) {
        workspace.check(mapId, MapAction.VIEW);
        return threadsOf(comments.findByMapIdOrderByIdAsc(mapId));
    }

    /** The threads on one claim or relation of the map, oldest first. */
    public List<CommentThread> threads(String mapId, String target) {
        workspace.check(mapId, MapAction.VIEW);
        return threadsOf(comments.findByMapIdAndTargetOrderByIdAsc(mapId, target));
    }

    /**
     * How many comments the open threads on each claim and relation of the map hold (replies
     * included); targets without any are left out.
     */
    public Map<String, Integer> unresolvedCounts(String mapId) {
        workspace.check(mapId, MapAction.VIEW);
        Map<String, Integer> counts = new HashMap<>();
        for (Object[] row : comments.openCounts(mapId)) counts.put((String) row[0], ((Number) row[1]).intValue());
        return counts;
    }

    /**
     * Opens a thread on a claim or drawn relation of the map.
     *
     * @param target the claim id, or the relation's id as the map model names it ({@link Support#id()},
     *               {@link Attack#id()}, {@link Opposition#id()})
     * @param origin the page posting it, which shows it itself and is not told again; or null
     * @throws IllegalArgumentException when the text is empty or too long ({@link CommentTooLongException}),
     *                                  or the map has no such claim or relation
     */
    public CommentThread post(String mapId, String target, String body, Object origin) {
        workspace.check(mapId, MapAction.COMMENT);
        String text = checkedBody(body);
        if (!hasTarget(workspace.load(mapId), target)) {
            throw new IllegalArgumentException("Map '" + mapId + "' has no claim or relation '" + target + "' to comment on");
        }
        Person me = CurrentPerson.get();
        CommentEntity saved = comments.save(new CommentEntity(mapId, target, null, me.login(), me.name(), text));
        return announced(mapId, saved.id, origin);
    }

    /** Answers in a thread (replies are flat: each belongs to the thread, not to another reply). */
    public CommentThread reply(long threadId, String body, Object origin) {
        CommentEntity opening = opening(threadId);
        workspace.check(opening.mapId, MapAction.COMMENT);
        String text = checkedBody(body);
        Person me = CurrentPerson.get();
        comments.save(new CommentEntity(opening.mapId, opening.target, opening.id, me.login(), me.name(), text));
        return announced(opening.mapId, threadId, origin);
    }

    /** Marks the thread settled; its comments stay. */
    public CommentThread resolve(long threadId, Object origin) {
        return resolution(threadId, true, origin);
    }

    /** Opens a resolved thread again. */
    public CommentThread unresolve(long threadId, Object origin) {
        return resolution(threadId, false, origin);
    }

    /**
     * What the signed-in person may do in a map's discussion, read once for a page (which offers only
     * that); the calls check again.
     *
     * @param login         who they are, null when nobody is signed in or they may not see the map
     * @param mayResolveAny an editor of the map or a teacher: may resolve and reopen every thread
     */
    public record Rights(String login, boolean mayComment, boolean mayResolveAny) {
        public static final Rights NONE = new Rights(null, false, false);

        /** Its author, an editor of the map or a teacher. */
        public boolean mayResolve(CommentThread thread) {
            return mayResolveAny || (login != null && login.equals(thread.author()));
        }
    }

    public Rights rights(String mapId) {
        Person me = CurrentPerson.find().orElse(null);
        java.util.Set<MapAction> allowed = workspace.rights(mapId);
        if (me == null || !allowed.contains(MapAction.VIEW)) return Rights.NONE;
        return new Rights(me.login(), allowed.contains(MapAction.COMMENT), me.isTeacher() || allowed.contains(MapAction.EDIT));
    }

    private CommentThread resolution(long threadId, boolean resolved, Object origin) {
        CommentEntity opening = opening(threadId);
        workspace.check(opening.mapId, MapAction.VIEW);
        Person me = CurrentPerson.get();
        if (!rights(opening.mapId).mayResolveAny() && !me.login().equals(opening.author)) {
            throw new AccessDeniedException("Only the thread's author, an editor of the map or a teacher may "
                    + (resolved ? "resolve" : "reopen") + " it (thread " + threadId + ").");
        }
        transactions.executeWithoutResult(t -> {
            CommentEntity row = comments.findById(threadId).orElseThrow(() -> unknownThread(threadId));
            row.resolvedBy = resolved ? me.login() : null;
            row.resolvedByName = resolved ? me.name() : null;
            row.resolvedAt = resolved ? CommentEntity.now() : null;
        });
        return announced(opening.mapId, threadId, origin);
    }

    /** Reads the thread back as committed, then tells the map's other viewers. */
    private CommentThread announced(String mapId, long threadId, Object origin) {
        CommentThread thread = thread(threadId);
        workspace.announce(mapId, MapEvent.Kind.COMMENTED, origin);
        return thread;
    }

    private CommentEntity opening(long threadId) {
        CommentEntity row = comments.findById(threadId).orElseThrow(() -> unknownThread(threadId));
        if (!row.opensThread()) throw new IllegalArgumentException("Comment " + threadId + " is a reply, not a thread");
        return row;
    }

    private static IllegalArgumentException unknownThread(long threadId) {
        return new IllegalArgumentException("There is no comment thread " + threadId + "; it may have gone with its map");
    }

    private CommentThread thread(long threadId) {
        CommentEntity opening = opening(threadId);
        List<CommentEntity> rows = new ArrayList<>(List.of(opening));
        rows.addAll(comments.findByParentIdOrderByIdAsc(threadId));
        return threadsOf(rows).getFirst();
    }

    private static List<CommentThread> threadsOf(List<CommentEntity> rows) {
        Map<Long, CommentEntity> openings = new LinkedHashMap<>();
        Map<Long, List<Comment>> replies = new HashMap<>();
        for (CommentEntity row : rows) {
            if (row.opensThread()) openings.put(row.id, row);
            else replies.computeIfAbsent(row.parentId, id -> new ArrayList<>()).add(row.comment());
        }
        List<CommentThread> threads = new ArrayList<>();
        for (CommentEntity o : openings.values()) {
            List<Comment> all = new ArrayList<>(List.of(o.comment()));
            all.addAll(replies.getOrDefault(o.id, List.of()));
            CommentThread.Resolution resolution = o.resolvedAt == null ? null
                    : new CommentThread.Resolution(o.resolvedBy, o.resolvedByName, o.resolvedAt.toInstant());
            threads.add(new CommentThread(o.id, o.mapId, o.target, all, resolution));
        }
        return threads;
    }

    static String checkedBody(String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) throw new IllegalArgumentException("A comment needs some text");
        org.dialectica.map.TypedText.check("comment", text);
        if (text.length() > MAX_BODY) throw new CommentTooLongException(text.length(), MAX_BODY);
        return text;
    }

    private static boolean hasTarget(ArgumentMap map, String target) {
        if (target == null) return false;
        return map.hasClaim(target) || map.support(target).isPresent() || map.attack(target).isPresent()
                || map.oppositions().stream().anyMatch(o -> o.id().equals(target));
    }
}
