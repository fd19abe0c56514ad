package com.jeweltrak.platform.files;

import com.jeweltrak.platform.BusinessRuleViolated;

/** An upload that is too large or not a kind of file we keep. */
public class FileRefused extends BusinessRuleViolated {

    public FileRefused(String field, String message) {
        super(field, message);
    }

    /** The same refusal, shown beside the form field the file came from. */
    public FileRefused beside(String field) {
        return new FileRefused(field, getMessage());
    }
}
