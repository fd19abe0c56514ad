package com.jeweltrak.contacts.certificates;

import com.jeweltrak.platform.BusinessRuleViolated;

/** The contact already has a certificate in force for this permit; renewing it is a replacement (R8). */
public class CertificateAlreadyOnFile extends BusinessRuleViolated {

    public CertificateAlreadyOnFile(String state, String permitNumber) {
        super("permitNumber", "A certificate for " + state + " permit " + permitNumber
                + " is already on file for this contact; to renew it, use Replace on that certificate.");
    }
}
