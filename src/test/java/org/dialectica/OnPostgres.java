package org.dialectica;

import org.junit.jupiter.api.Tag;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;

/**
 * The tests' {@code postgres} run repeats only the tests that touch the database: those that start a
 * Spring context ({@code @SpringBootTest}) and those tagged {@value #TAG}, which start the application
 * themselves. The rules, readers and other plain tests ran once already. Registered through
 * META-INF/services; in the run on H2 it lets everything through.
 */
public class OnPostgres implements PostDiscoveryFilter {
    /** The tag of a test that touches the database without {@code @SpringBootTest}. */
    public static final String TAG = "database";

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        if (!TestPostgres.active()) return FilterResult.included("on H2 every test runs");
        Class<?> testClass = testClass(descriptor.getSource().orElse(null));
        if (testClass == null || touchesDatabase(testClass)) return FilterResult.included("touches the database");
        return FilterResult.excluded("touches no database: ran on H2 only");
    }

    private static boolean touchesDatabase(Class<?> testClass) {
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            MergedAnnotations annotations = MergedAnnotations.from(c, SearchStrategy.TYPE_HIERARCHY);
            if (annotations.isPresent(SpringBootTest.class)) return true;
            if (annotations.stream(Tag.class).anyMatch(tag -> TAG.equals(tag.getString("value")))) return true;
        }
        return false;
    }

    private static Class<?> testClass(TestSource source) {
        if (source instanceof ClassSource c) return c.getJavaClass();
        if (source instanceof MethodSource m) return m.getJavaClass();
        return null;
    }
}
