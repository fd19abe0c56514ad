package com.jeweltrak.contacts.certificates;

/** A document as it arrived from a form or the API: name and type as the client sent them, and the bytes. */
public record Upload(String fileName, String contentType, byte[] bytes) {

    public boolean isEmpty() {
        return bytes == null || bytes.length == 0;
    }
}
