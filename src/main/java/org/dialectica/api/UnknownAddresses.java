package org.dialectica.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address under {@code /api} that names no endpoint: a problem detail like the API's other
 * errors. It is raised by no controller (so {@link ApiErrors} does not see it); every other address
 * is Vaadin's, which answers it with its own page.
 */
@RestControllerAdvice
class UnknownAddresses {
    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail unknown(NoResourceFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no such address: see /api/docs.");
    }
}
