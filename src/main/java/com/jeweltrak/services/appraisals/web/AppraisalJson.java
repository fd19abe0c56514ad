package com.jeweltrak.services.appraisals.web;

import java.util.List;

import com.jeweltrak.services.appraisals.Appraisal;
import com.jeweltrak.services.appraisals.AppraisalItem;

/** An appraisal over the API: camelCase, money as strings (design §5b). */
record AppraisalJson(long id, long number, long storeId, long customerId, String date, String purpose, String status,
                     String headerNotes, String appraiserName, String appraiserTitle, Long revisesId,
                     String totalAppraisedValue, List<Item> items) {

    record Item(long id, String description, String metal, String weight, String stones, String marks, String condition,
                String appraisedValue) {

        static Item of(AppraisalItem i) {
            return new Item(i.id(), i.description(), i.metal(), i.weight(), i.stones(), i.marks(), i.condition(),
                    money(i.appraisedValue()));
        }
    }

    /** Cents at least, the 4 stored decimals only when they are used. */
    static String money(java.math.BigDecimal value) {
        java.math.BigDecimal v = value.stripTrailingZeros();
        return (v.scale() <= 2 ? v.setScale(2) : v).toPlainString();
    }

    static AppraisalJson of(Appraisal a) {
        return new AppraisalJson(a.id().value(), a.number(), a.store().value(), a.customer().value(), a.date().toString(),
                a.purpose().name(), a.status().name(), a.headerNotes(), a.appraiserName(), a.appraiserTitle(),
                a.revises() == null ? null : a.revises().value(), a.total().toPlainString(),
                a.items().stream().map(Item::of).toList());
    }
}
