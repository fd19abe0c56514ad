package com.jeweltrak.platform;

/**
 * A valid request that a business rule refuses (422 in the API, a message on the page). Subclasses
 * name the fact ({@code LastAdministratorCannotLeave}); {@code field} points at the form field to
 * mark, when there is one.
 */
public class BusinessRuleViolated extends RuntimeException {

    private final String field;

    public BusinessRuleViolated(String message) {
        this(null, message);
    }

    public BusinessRuleViolated(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** Field → message, the API's {@code errors} member; a subclass refusing several fields at once names each. */
    public java.util.Map<String, String> errors() {
        return field == null ? java.util.Map.of() : java.util.Map.of(field, getMessage());
    }
}
