package com.jeweltrak.platform.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors that happen before any controller (an unknown /api path, a filter's refusal) still answer
 * the API as Problem Details, and pages with the error templates.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ApiErrorController extends BasicErrorController {

    ApiErrorController(ErrorAttributes errorAttributes, java.util.List<ErrorViewResolver> resolvers) {
        super(errorAttributes, new org.springframework.boot.autoconfigure.web.ErrorProperties(), resolvers);
    }

    @Override
    @RequestMapping
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String detail = switch (status.value()) {
            case 404 -> "No such resource.";
            case 403 -> "You do not have the permission this needs.";
            case 401 -> "Sign in or send a bearer token.";
            case 405 -> "This method is not allowed here.";
            default -> status.is4xxClientError() ? "The request could not be handled." : "Something went wrong on our side.";
        };
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        if (path != null) body.put("instance", path.toString());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
