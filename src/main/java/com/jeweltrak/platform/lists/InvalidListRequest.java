package com.jeweltrak.platform.lists;

/** A list was asked for with a sort, filter or paging value it does not offer: a 400 naming the parameter. */
public class InvalidListRequest extends RuntimeException {

    private final String parameter;

    public InvalidListRequest(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
