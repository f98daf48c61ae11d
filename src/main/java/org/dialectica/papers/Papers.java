package org.dialectica.papers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.dialectica.people.CurrentPerson;
import org.dialectica.people.Person;
import org.dialectica.people.Refusal;
import org.dialectica.suggestion.ClaimSuggester;
import org.dialectica.suggestion.SuggestedSentence;
import org.dialectica.workspace.Workspace;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The papers of the installation, for the person signed in on the calling thread: everyone signed
 * in reads them (they are the sources the maps quote); a teacher, an admin or the owner of a map
 * adds one, as UTF-8 text or PDF ({@link PaperFiles}). A paper is never changed or replaced once
 * added: the quotes checked against it stay checked.
 */
@Service
public class Papers {
    /** how many sentences a paper suggests: the measured top (docs/benchmarks.md, Suggested claims) */
    public static final int SUGGESTED = 20;

    private final PaperStore store;
    private final Workspace workspace;
    private final ClaimSuggester suggester = new ClaimSuggester();
    /** each paper's suggestions, worked out once: a paper never changes once added */
    private final Map<String, List<Suggested>> suggested = new ConcurrentHashMap<>();

    private final ObjectProvider<AssignedPapers> assigned;

    Papers(PaperStore store, Workspace workspace, ObjectProvider<AssignedPapers> assigned) {
        this.store = store;
        this.workspace = workspace;
        this.assigned = assigned;
    }

    /** The papers the map's author was given with it, in the assignment's order (none: it is nobody's work). */
    public List<String> assigned(String mapId) {
        CurrentPerson.get();
        AssignedPapers of = assigned.getIfAvailable();
        return of == null ? List.of() : of.of(mapId);
    }

    /** A paper as a list shows it, without its text; {@code addedBy} is null for a seed paper. */
    public record Listed(String id, String title, String language, Paper.Kind kind, String addedBy) {}

    /** Every paper, by id. */
    public List<Listed> list() {
        CurrentPerson.get();
        return store.list();
    }

    /** The paper claims cite by this id (its file name). */
    public Optional<Paper> find(String id) {
        CurrentPerson.get();
        return id == null ? Optional.empty() : store.find(id);
    }

    /**
     * A sentence of a paper likely to carry an argument, where it stands in the paper (numbered as
     * the reading pane numbers paragraphs), its locator as a claim quoting it gives, and the words
     * of it that made it likely.
     */
    public record Suggested(Passage passage, String locator, List<String> words) {
        public Suggested {
            words = List.copyOf(words);
        }
    }

    /**
     * The {@value #SUGGESTED} sentences of the paper likeliest to carry an argument, best first
     * ({@link ClaimSuggester}); empty for an unknown paper.
     */
    public List<Suggested> suggested(String id) {
        return find(id).map(this::suggested).orElse(List.of());
    }

    /** The same for a paper already read (a page keeps the one it shows): nothing is read again. */
    public List<Suggested> suggested(Paper paper) {
        // keyed by the text too: an administrator may remove a paper from the database and add another of its name
        return suggested.computeIfAbsent(paper.id() + "#" + paper.text().hashCode(), k -> {
            List<Suggested> out = new ArrayList<>();
            for (SuggestedSentence s : suggester.suggest(paper.text(), SUGGESTED)) {
                paper.find(s.text()).ifPresent(passage -> out.add(new Suggested(passage, paper.locator(passage),
                        s.signals().stream().flatMap(signal -> signal.words().stream()).distinct().toList())));
            }
            return List.copyOf(out);
        });
    }

    /** Whether the signed-in person may add papers: a teacher or admin, or the owner of a map. */
    public boolean mayAdd() {
        Person me = CurrentPerson.find().orElse(null);
        if (me == null) return false;
        return me.isTeacher() || workspace.list(null).stream().anyMatch(m -> me.login().equals(m.owner()));
    }

    /**
     * Adds a paper read from an uploaded file ({@code .txt} in UTF-8, or {@code .pdf} with a text
     * layer), cited from then on by the file's name.
     *
     * @param title null or blank: the file name
     * @param language "en" or "id"; null: guessed from the text
     * @throws Refusal who may not add, a name already taken, or a file that is no paper (with the reason)
     */
    @Transactional
    public Paper add(String fileName, byte[] bytes, String title, String language) {
        if (!mayAdd()) throw new Refusal("paper.error.rights");
        if (title != null) org.dialectica.map.TypedText.check("title", title);
        if (title != null && title.strip().length() > 1000) throw new Refusal("paper.error.title", 1000);
        String name = PaperFiles.checkName(fileName);
        if (store.exists(name)) throw new Refusal("paper.error.exists", name);
        Paper paper = PaperFiles.read(name, bytes, title, language);
        store.insert(paper, CurrentPerson.get().login());
        return paper;
    }

    /** The ids among these that name no paper: for a form that lists papers (an assignment's). */
    public List<String> unknown(Collection<String> ids) {
        List<String> known = store.ids();
        return ids.stream().filter(id -> !known.contains(id)).toList();
    }
}
