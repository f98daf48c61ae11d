package org.dialectica;

import org.dialectica.cli.AnalyzeCommand;
import org.dialectica.cli.CompareCommand;
import org.dialectica.cli.DebateCommand;
import org.dialectica.cli.GradeCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the web application, or, with {@code analyze PATH…}, {@code compare PATH… --thesis …}, {@code debate score TRANSCRIPT} or {@code grade …}, runs the
 * command line without starting Spring or the web server.
 */
@SpringBootApplication
public class DialecticaApplication {

    public static void main(String[] args) {
        if (args.length > 0 && AnalyzeCommand.NAME.equals(args[0])) {
            System.exit(AnalyzeCommand.run(args, System.out, System.err));
        }
        if (args.length > 0 && CompareCommand.NAME.equals(args[0])) {
            System.exit(CompareCommand.run(args, System.out, System.err));
        }
        if (args.length > 0 && DebateCommand.NAME.equals(args[0])) {
            System.exit(DebateCommand.run(args, System.out, System.err));
        }
        if (args.length > 0 && GradeCommand.NAME.equals(args[0])) {
            System.exit(GradeCommand.run(args, System.out, System.err));
        }
        SpringApplication.run(DialecticaApplication.class, args);
    }
}
