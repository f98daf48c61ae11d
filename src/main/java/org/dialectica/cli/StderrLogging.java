package org.dialectica.cli;

import java.util.List;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The command line's logging (see {@link Logging}): warnings and errors, one line each on stderr,
 * as {@code WARN Logger: message}. Chosen through SLF4J's {@code slf4j.provider} property, so the
 * web application keeps logback.
 */
public final class StderrLogging implements SLF4JServiceProvider {
    static final String PROVIDER_PROPERTY = "slf4j.provider";
    /** Drools advises on rule style at every compile; that is for rule authors, not for a report. */
    static final List<String> ERRORS_ONLY = List.of("org.drools.mvel.MVELConstraint", "org.drools.compiler.kie.builder.impl.KieBuilderImpl");

    private final Loggers loggers = new Loggers();
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        // nothing to read: the levels are fixed
    }

    static final class Loggers implements ILoggerFactory {
        @Override
        public org.slf4j.Logger getLogger(String name) {
            return new Warnings(name, ERRORS_ONLY.contains(name) ? Level.ERROR : Level.WARN);
        }
    }

    private static final class Warnings extends LegacyAbstractLogger {
        private final String shortName;
        private final Level least;

        Warnings(String name, Level least) {
            this.name = name;
            this.shortName = name.substring(name.lastIndexOf('.') + 1);
            this.least = least;
        }

        @Override public boolean isTraceEnabled() { return false; }
        @Override public boolean isDebugEnabled() { return false; }
        @Override public boolean isInfoEnabled() { return false; }
        @Override public boolean isWarnEnabled() { return least == Level.WARN; }
        @Override public boolean isErrorEnabled() { return true; }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments, Throwable thrown) {
            String message = MessageFormatter.basicArrayFormat(pattern, arguments);
            System.err.println(level + " " + shortName + ": " + message + (thrown == null ? "" : " (" + thrown + ")"));
        }
    }
}
