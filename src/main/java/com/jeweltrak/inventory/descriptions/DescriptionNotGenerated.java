package com.jeweltrak.inventory.descriptions;

/** The AI endpoint could not give a description (R10): off, down, slow, or an answer without text. */
public class DescriptionNotGenerated extends RuntimeException {
    public DescriptionNotGenerated(String message) {
        super(message);
    }
}
