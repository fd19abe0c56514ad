package com.jeweltrak.platform.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.lists.InvalidListRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The JSON API answers every error as RFC 9457 Problem Details (design §5b): 404 for what the caller
 * may not see, 403 for what they may see but not do, 409 for a state conflict, 422 for a business
 * rule, 400 for malformed input with {@code errors} per field. Never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(RecordNotFound.class)
    ProblemDetail notFound(RecordNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Not Found", e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", "You do not have the permission this needs.");
    }

    @ExceptionHandler(StateConflict.class)
    ProblemDetail conflict(StateConflict e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
    }

    /**
     * Two requests took the same rows in opposite orders, or waited past the lock timeout: PostgreSQL rolled this one
     * back whole, so nothing was saved and the caller may simply send it again.
     */
    @ExceptionHandler(org.springframework.dao.PessimisticLockingFailureException.class)
    ProblemDetail busy(org.springframework.dao.PessimisticLockingFailureException e) {
        log.warn("A request lost a lock race and was rolled back: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, "Conflict", BUSY);
    }

    static final String BUSY = "Someone else was changing the same records at that moment; nothing was saved. Try again.";

    @ExceptionHandler(BusinessRuleViolated.class)
    ProblemDetail ruleViolated(BusinessRuleViolated e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Refused by a business rule", e.getMessage());
        if (!e.errors().isEmpty()) {
            problem.setProperty("errors", e.errors());
        }
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Bad Request", "A parameter has the wrong type.");
        problem.setProperty("errors", Map.of(e.getName(), "Has the wrong type."));
        return problem;
    }

    /** A list asked for with a sort, filter or page it does not offer (design §5b: errors per field). */
    @ExceptionHandler(InvalidListRequest.class)
    ProblemDetail invalidListRequest(InvalidListRequest e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Bad Request", e.getMessage());
        problem.setProperty("errors", Map.of(e.parameter(), e.getMessage()));
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail illegalArgument(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad Request", "The request is not valid.");
    }

    /**
     * PostgreSQL refused a value itself (SQLSTATE class 22: a number past numeric(19,4), text too long for its column,
     * a character the encoding cannot hold, a date out of range): the request carried it, so it is a 400 with the
     * reason, and the transaction rolled back whole (issue 12 §4, found by the input fuzzing). So is a CHECK constraint's
     * refusal (23514: a weight that rounds to zero, a card's last four that are not four digits — values the request
     * carried past a check the code does not make; logged, so the missing check can be added). Other integrity
     * violations stay unexpected.
     */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ProblemDetail unstorable(org.springframework.dao.DataIntegrityViolationException e) {
        String reason = unstorableValue(e);
        return reason == null ? unexpected(e) : problem(HttpStatus.BAD_REQUEST, "Bad Request", reason);
    }

    /** What to tell the caller about a value PostgreSQL refused, or null when the violation is not about a value. */
    static String unstorableValue(org.springframework.dao.DataIntegrityViolationException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && "23514".equals(sql.getSQLState())) {
                log.warn("A CHECK constraint refused a value the code let through: {}", sql.getMessage());
                return "A value is outside what its field allows; nothing was saved.";
            }
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return switch (sql.getSQLState()) {
                    case "22003" -> "A number is too large (or too precise) to be stored; nothing was saved.";
                    case "22001" -> "A text is too long for its field; nothing was saved.";
                    case "22021", "22P05" -> "A text contains a character that cannot be stored; nothing was saved.";
                    case "22007", "22008" -> "A date or time is out of range; nothing was saved.";
                    default -> "A value could not be stored; nothing was saved.";
                };
            }
        }
        return null;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error answering an API call", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal Server Error",
                "Something went wrong on our side; nothing was changed. Quote the X-Request-Id header when you report it.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getBindingResult().getFieldErrors().forEach(f -> errors.putIfAbsent(f.getField(), f.getDefaultMessage()));
        e.getBindingResult().getGlobalErrors().forEach(g -> errors.putIfAbsent(g.getObjectName(), g.getDefaultMessage()));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Bad Request", "Some fields are not valid.");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err ->
                errors.putIfAbsent(r.getMethodParameter().getParameterName(), err.getDefaultMessage())));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Bad Request", "Some parameters are not valid.");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        // Spring's own 4xx (unreadable JSON, wrong method, missing parameter): keep the status, drop internals
        ProblemDetail problem = ProblemDetail.forStatus(statusCode);
        problem.setType(URI.create("about:blank"));
        if (body instanceof ProblemDetail detail && detail.getDetail() != null && statusCode.value() != 400) {
            problem.setDetail(detail.getDetail());
        } else {
            problem.setDetail(statusCode.value() == 400 ? "The request body or parameters could not be read."
                    : "The request could not be handled.");
        }
        return ResponseEntity.status(statusCode).headers(headers).body(problem);
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
