package com.jeweltrak.services.appraisals.web;

/** The appraisal pages' forms (records, never the domain objects): text as typed, so nothing typed is lost. */
final class AppraisalForms {

    private AppraisalForms() {
    }

    /** R2: the header first — customer, optional purpose and header notes. */
    /** §13 R2: a customer picked, or a new one typed inline (newFirstName … newEmail). */
    record NewAppraisalForm(Long customerId, String purpose, String headerNotes, String newFirstName, String newLastName,
                            String newPhone, String newEmail) {

        com.jeweltrak.services.appraisals.OpeningForANewCustomer.NewCustomer newCustomer() {
            return new com.jeweltrak.services.appraisals.OpeningForANewCustomer.NewCustomer(newFirstName, newLastName,
                    newPhone, newEmail);
        }
    }

    record HeaderForm(String purpose, String date, String headerNotes, String appraiserName, String appraiserTitle) {
    }

    record ItemForm(String description, String metal, String weight, String stones, String marks, String condition,
                    String appraisedValue) {
    }

    record ActionsForm(String note) {
    }

    record EmailForm(String toAddress) {
    }
}
