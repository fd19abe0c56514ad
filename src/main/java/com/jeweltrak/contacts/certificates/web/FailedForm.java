package com.jeweltrak.contacts.certificates.web;

import java.util.Map;

/**
 * The one form of the section that was refused: which (add, verify, replace, document), for which
 * certificate, what was typed and the message per field ("form" for one that is no field's).
 */
public record FailedForm(String form, Long certificateId, Object values, Map<String, String> errors) {

    public boolean is(String name, Long id) {
        return form.equals(name) && (id == null ? certificateId == null : id.equals(certificateId));
    }

    public String error(String field) {
        return errors.get(field);
    }
}
