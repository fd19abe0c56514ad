package com.jeweltrak.platform.web;

import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.lists.InvalidListRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Pages answer errors with a page of their own (design §5): another tenant's record or a
 * malformed id is simply "not found", a conflict says what state blocks it.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    @ExceptionHandler({RecordNotFound.class, MethodArgumentTypeMismatchException.class})
    String notFound(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "error/404";
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, InvalidListRequest.class})
    String badRequest(HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return "error/400";
    }

    /** See {@link ApiErrors#busy}: rolled back whole, so the person may simply do it again. */
    @ExceptionHandler(org.springframework.dao.PessimisticLockingFailureException.class)
    String busy(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("reason", ApiErrors.BUSY);
        return "error/409";
    }

    /**
     * A business rule refused what a controller did not expect to be refused (issue 12 §4: the fuzzing found pages
     * answering 500 with the rule's message in the log): the person gets the message, and nothing was saved.
     */
    @ExceptionHandler(com.jeweltrak.platform.BusinessRuleViolated.class)
    String refused(com.jeweltrak.platform.BusinessRuleViolated e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("reason", e.getMessage());
        return "error/422";
    }

    /** See {@link ApiErrors#unstorable}: a value PostgreSQL cannot store is the request's fault, not ours. */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    String unstorable(org.springframework.dao.DataIntegrityViolationException e, Model model, HttpServletResponse response) {
        String reason = ApiErrors.unstorableValue(e);
        if (reason == null) throw e;
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("reason", reason);
        return "error/400";
    }

    @ExceptionHandler(StateConflict.class)
    String conflict(StateConflict e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("reason", e.getMessage());
        return "error/409";
    }
}
