package com.jeweltrak.partnerships;

import java.time.LocalDate;

/** R10: a partnership pays out once — reconciling it again is a conflict (409) naming when it was reconciled. */
public class PartnershipAlreadyReconciled extends PartnershipNotInThatState {

    public PartnershipAlreadyReconciled(LocalDate on) {
        super("This partnership was already reconciled on " + on + ".");
    }
}
