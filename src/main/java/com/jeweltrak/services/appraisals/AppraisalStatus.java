package com.jeweltrak.services.appraisals;

/** 03-services §13 (inferred): a draft is worked on; a finalized appraisal is the document given and never changes (R6). */
public enum AppraisalStatus {
    DRAFT("Draft", "warning"), FINALIZED("Finalized", "success");

    private final String label;
    private final String tone;

    AppraisalStatus(String label, String tone) {
        this.label = label;
        this.tone = tone;
    }

    public String label() {
        return label;
    }

    public String tone() {
        return tone;
    }
}
