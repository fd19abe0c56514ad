package com.jeweltrak.services.appraisals;

/**
 * Something about an appraisal changed (opened, header or items changed, finalized), published in the use case's
 * transaction so the top search's entry follows every path: pages, API and demo data alike.
 */
public record AppraisalChanged(AppraisalId appraisal) {
}
