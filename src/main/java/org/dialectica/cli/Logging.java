package org.dialectica.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logging for the command line: warnings only, on stderr, so stdout stays a clean report. Set in
 * code because reading the same settings from an XML file costs about half a second at start-up
 * (logback's XML configurator and the JDK's XML parser: ~500 classes from the fat jar).
 */
final class Logging {
    private Logging() {}

    /** Unless a logback configuration file was named, as the tests and users may do. */
    static void quiet() {
        if (System.getProperty("logback.configurationFile") != null) return;
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) return;
        context.reset();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %logger{20}: %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        // Drools advises on rule style at every compile; that is for rule authors, not for a report
        context.getLogger("org.drools.mvel.MVELConstraint").setLevel(Level.ERROR);
        context.getLogger("org.drools.compiler.kie.builder.impl.KieBuilderImpl").setLevel(Level.ERROR);
    }
}
