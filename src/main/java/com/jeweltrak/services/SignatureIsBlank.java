package com.jeweltrak.services;

import com.jeweltrak.platform.BusinessRuleViolated;

/** Nothing was drawn on the pad (03-services §5 R4: a signature is an image of one). */
public class SignatureIsBlank extends BusinessRuleViolated {

    public SignatureIsBlank() {
        super("image", "Nothing was signed: ask the customer to sign on the pad, then press Accept.");
    }
}
