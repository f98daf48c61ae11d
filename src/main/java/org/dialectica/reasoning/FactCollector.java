package org.dialectica.reasoning;

import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Keeps collections of a session's facts in step with working memory as the rules insert, update
 * and retract them: an update is the old fact removed and the new one added.
 */
abstract class FactCollector implements RuleRuntimeEventListener {
    abstract void add(Object fact);

    abstract void remove(Object fact);

    @Override
    public final void objectInserted(ObjectInsertedEvent event) {
        add(event.getObject());
    }

    @Override
    public final void objectUpdated(ObjectUpdatedEvent event) {
        remove(event.getOldObject());
        add(event.getObject());
    }

    @Override
    public final void objectDeleted(ObjectDeletedEvent event) {
        remove(event.getOldObject());
    }
}
