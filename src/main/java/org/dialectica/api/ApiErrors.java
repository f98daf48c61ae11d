package org.dialectica.api;

import org.dialectica.debate.UnknownDebateException;
import org.dialectica.debate.UnreadableDebateException;
import org.dialectica.grading.UnknownAssignmentException;
import org.dialectica.io.MapFileException;
import org.dialectica.workspace.UnknownMapException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as an RFC 9457 problem detail: the services' refusals with the status the
 * pages imply (a map or debate that is not there or not shown to the caller: 404, a map that is
 * there but not theirs: 403, as the map page tells the two apart), Spring's own errors for malformed
 * calls (a missing parameter, a bad number, an unknown address) through the base class. Never a
 * stack trace: an unexpected fault is logged here and answered in one sentence.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler({UnknownMapException.class, UnknownDebateException.class, UnknownAssignmentException.class})
    ProblemDetail unknown(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    /** A map file that does not read: where and what, as the import page says it. */
    @ExceptionHandler(MapFileException.class)
    ProblemDetail unreadable(MapFileException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("The map file does not read");
        problem.setProperty("file", e.file());
        problem.setProperty("line", e.line());
        problem.setProperty("column", e.column());
        problem.setProperty("problem", e.problem());
        return problem;
    }

    @ExceptionHandler(UnreadableDebateException.class)
    ProblemDetail unreadableDebate(UnreadableDebateException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    /** The services' refusals of bad input (a blank name, a claim that is not a thesis, a forbidden character …). */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail refused(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail fault(Exception e) {
        log.error("An API call failed", e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "The server could not answer this call.");
    }
}
