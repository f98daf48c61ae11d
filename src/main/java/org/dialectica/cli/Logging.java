package org.dialectica.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logging for the command line: warnings only, on stderr, so stdout stays a clean report. A run
 * of the jar logs through {@link StderrLogging}, a few classes of its own: setting up logback, even
 * in code, loads ≈ 300 classes from the fat jar and took half a second of a one-second run. When
 * logging has already started (a command run inside a JVM that logs, as the benchmarks do), logback
 * is quieted in code instead.
 */
final class Logging {
    private Logging() {}

    /** Unless a logback configuration file was named, as the tests and users may do. */
    static void quiet() {
        if (System.getProperty("logback.configurationFile") != null) return;
        if (System.getProperty(StderrLogging.PROVIDER_PROPERTY) == null) {
            System.setProperty(StderrLogging.PROVIDER_PROPERTY, StderrLogging.class.getName());
            System.setProperty("slf4j.internal.verbosity", "WARN"); // SLF4J says which provider it took, as news
        }
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof StderrLogging.Loggers) return;
        if (factory.getClass().getName().equals("ch.qos.logback.classic.LoggerContext")) Logback.quiet(factory);
    }

    /** Apart, so that a run that does not use logback never loads its classes. */
    private static final class Logback {
        static void quiet(ILoggerFactory factory) {
            LoggerContext context = (LoggerContext) factory;
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
            for (String advice : StderrLogging.ERRORS_ONLY) context.getLogger(advice).setLevel(Level.ERROR);
        }
    }
}
