package com.jeweltrak.services.vendormail;

import com.jeweltrak.platform.BusinessRuleViolated;

/** The stage's vendor has no e-mail address on file (03-services §6 R5). */
public class VendorHasNoEmail extends BusinessRuleViolated {

    public VendorHasNoEmail(String vendorName) {
        super("toAddress", vendorName + " has no e-mail address on file: add one to the vendor's contact, then e-mail them.");
    }
}
