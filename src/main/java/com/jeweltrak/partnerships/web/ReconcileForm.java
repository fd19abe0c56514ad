package com.jeweltrak.partnerships.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.partnerships.PartnershipRows;
import com.jeweltrak.partnerships.ReconcilingAPartnership;
import com.jeweltrak.platform.BusinessRuleViolated;
import org.springframework.validation.BindingResult;

/** The reconcile drawer as typed: one column per field, one row per partner (02-sales §Partnerships R7, R8). */
record ReconcileForm(List<Long> partner, List<String> payout, List<String> date, List<String> method,
                     List<String> checkNumber, List<String> notes, List<String> reason) {

    ReconcileForm {
        partner = orEmpty(partner);
        payout = orEmpty(payout);
        date = orEmpty(date);
        method = orEmpty(method);
        checkNumber = orEmpty(checkNumber);
        notes = orEmpty(notes);
        reason = orEmpty(reason);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** Pre-filled with the suggestions, dated today, paid in cash. */
    static ReconcileForm of(PartnershipRows.OwedRow row, LocalDate today) {
        List<Long> ids = new ArrayList<>();
        List<String> payouts = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        List<String> methods = new ArrayList<>();
        List<String> blanks = new ArrayList<>();
        for (PartnershipRows.Suggested s : row.suggestions()) {
            ids.add(s.partner().value());
            payouts.add(s.payout().toPlainString());
            dates.add(today.toString());
            methods.add("Cash");
            blanks.add("");
        }
        return new ReconcileForm(ids, payouts, dates, methods, blanks, blanks, blanks);
    }

    public String at(List<String> column, int i) {
        return i < column.size() ? column.get(i) : null;
    }

    Optional<List<ReconcilingAPartnership.Payment>> toPayments(BindingResult result) {
        List<ReconcilingAPartnership.Payment> payments = new ArrayList<>();
        for (int i = 0; i < partner.size(); i++) {
            BigDecimal amount = null;
            String typed = at(payout, i);
            if (typed != null && !typed.isBlank()) {
                try {
                    amount = new BigDecimal(typed.trim().replace(",", "").replace("$", ""));
                } catch (NumberFormatException e) {
                    result.rejectValue("payout[" + i + "]", "number", "Enter the payout, e.g. 1250.00.");
                }
            }
            LocalDate on = null;
            String day = at(date, i);
            if (day != null && !day.isBlank()) {
                try {
                    on = LocalDate.parse(day.trim());
                } catch (java.time.format.DateTimeParseException e) {
                    result.rejectValue("date[" + i + "]", "date", "Enter the payment date.");
                }
            }
            payments.add(new ReconcilingAPartnership.Payment(new ContactId(partner.get(i)), amount, on, at(method, i),
                    at(checkNumber, i), at(notes, i), at(reason, i)));
        }
        return result.hasErrors() ? Optional.empty() : Optional.of(payments);
    }

    /** "payments[1].reason" from the use case goes beside that partner's Reason field. */
    static void reject(BindingResult result, BusinessRuleViolated violation) {
        String field = violation.field();
        if (field != null && field.matches("payments\\[\\d+]\\.\\w+")) {
            String index = field.substring(field.indexOf('[') + 1, field.indexOf(']'));
            String name = field.substring(field.indexOf('.') + 1);
            try {
                result.rejectValue(name + "[" + index + "]", "rule", violation.getMessage());
                return;
            } catch (RuntimeException notAField) {
                // fall through to the top of the form
            }
        }
        result.reject("rule", violation.getMessage());
    }
}
