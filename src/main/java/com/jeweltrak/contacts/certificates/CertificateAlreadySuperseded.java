package com.jeweltrak.contacts.certificates;

import com.jeweltrak.platform.web.StateConflict;

/** A replaced certificate is history (R8): it is neither verified again nor replaced a second time. */
public class CertificateAlreadySuperseded extends StateConflict {

    public CertificateAlreadySuperseded(CertificateId id) {
        super("Certificate " + id + " was already replaced; work on its replacement.");
    }
}
