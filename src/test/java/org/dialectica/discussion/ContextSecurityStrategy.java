package org.dialectica.discussion;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before each test, makes the test's application context's security strategy the global one. Each
 * context installs its own Vaadin-aware strategy (with its own thread-local) globally when it starts;
 * a test class run on a cached context after another context was started would otherwise read the
 * newer context's strategy, where {@code @WithMockUser} put nobody, and the mocked browserless
 * request would carry nobody either. Runs before the classes' own {@code @BeforeEach} methods.
 */
public class ContextSecurityStrategy implements TestExecutionListener {
    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }
}
