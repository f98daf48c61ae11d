package org.dialectica;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Each Spring context of the tests has its own security context strategy (Vaadin installs one per
 * context in Spring Security's static holder). When a test class uses a cached context after
 * another context was started, the holder still has the other's, so the test's user is set in one
 * and the view reads another: this puts the test's own back before each test.
 */
public class SecurityStrategyPerContext implements TestExecutionListener, Ordered {
    @Override
    public void beforeTestMethod(TestContext testContext) {
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        beforeTestMethod(testContext);
    }

    // before Spring Security's listener sets the test's user
    @Override
    public int getOrder() {
        return 1000;
    }
}
