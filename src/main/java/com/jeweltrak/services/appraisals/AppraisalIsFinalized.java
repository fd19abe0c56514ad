package com.jeweltrak.services.appraisals;

import com.jeweltrak.platform.web.StateConflict;

/** R6: a finalized appraisal is never edited (409); revising it makes a new appraisal instead. */
public class AppraisalIsFinalized extends StateConflict {

    public AppraisalIsFinalized(long number) {
        super("Appraisal " + number + " is finalized and cannot be changed; revise it to make a new appraisal.");
    }
}
