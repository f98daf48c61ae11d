package org.dialectica;

import org.dialectica.cli.Commands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the web application ({@code serve}, or no command), or runs a command of the command line
 * ({@code analyze}, {@code compare}, {@code debate score}, {@code grade}) without starting Spring or
 * the web server; anything else is a usage error.
 */
@SpringBootApplication
public class DialecticaApplication {

    public static void main(String[] args) {
        Commands.launch(args, serverArgs -> SpringApplication.run(DialecticaApplication.class, serverArgs));
    }
}
