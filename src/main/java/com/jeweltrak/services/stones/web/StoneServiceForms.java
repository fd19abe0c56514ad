package com.jeweltrak.services.stones.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.web.TypedInput;
import com.jeweltrak.services.stones.SendOut;
import com.jeweltrak.services.stones.StoneServiceKind;

/** The Send Out for Service and the Stone returned forms as typed (03-services §11 R2, R6): text kept as typed. */
final class StoneServiceForms {

    private StoneServiceForms() {
    }

    record SendOutForm(Long vendorId, Long newVendorId, String service, String sentDate, String expectedReturn, String expectedCost,
                       String trackingNumber, String notes) {

        static SendOutForm blank(LocalDate today) {
            return new SendOutForm(null, null, StoneServiceKind.RECUT.value(), today.toString(), null, null, null, null);
        }

        SendOut toSendOut() {
            StoneServiceKind kind = StoneServiceKind.find(service);
            if (kind == null) throw new BusinessRuleViolated("service", "Choose the service.");
            Long picked = newVendorId != null ? newVendorId : vendorId;
            return new SendOut(picked == null ? null : new ContactId(picked), kind, date("sentDate", sentDate),
                    date("expectedReturn", expectedReturn), decimal("expectedCost", expectedCost), trackingNumber, notes);
        }
    }

    record ReturnForm(String newCaratWeight, String actualCost) {

        static ReturnForm blank() {
            return new ReturnForm(null, null);
        }
    }

    static BigDecimal decimal(String field, String text) {
        return TypedInput.amount(field, text);
    }

    static LocalDate date(String field, String text) {
        return TypedInput.date(field, text);
    }
}
