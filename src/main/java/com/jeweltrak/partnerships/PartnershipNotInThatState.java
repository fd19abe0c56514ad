package com.jeweltrak.partnerships;

import com.jeweltrak.platform.web.StateConflict;

/** The partnership's status does not allow the action (set-up while Sold, reconciling twice …): 409 with the reason. */
public class PartnershipNotInThatState extends StateConflict {

    public PartnershipNotInThatState(String message) {
        super(message);
    }
}
