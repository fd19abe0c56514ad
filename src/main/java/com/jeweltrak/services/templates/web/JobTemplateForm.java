package com.jeweltrak.services.templates.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.web.TypedInput;
import com.jeweltrak.services.OrderType;
import com.jeweltrak.services.templates.JobTemplate;
import com.jeweltrak.services.templates.JobTemplateDetails;

/**
 * The template editor's form (03-services §8): text as typed. The default stages are rows of the same four inputs
 * (stageName, stageVendorId, stageExpectedCost, stageInstructions), read in order; a row without a name is left out.
 */
record JobTemplateForm(String name, String orderType, String description, String instructions, String unitPrice,
                       String warrantyDays, Boolean rush, String promisedInDays, String sortOrder, Boolean active,
                       List<StageRow> stages) {

    /** One default-stage row as typed. */
    record StageRow(String name, String vendorId, String expectedCost, String instructions) {
    }

    /** Rows the editor always offers for new stages. */
    static final int EMPTY_ROWS = 3;

    static JobTemplateForm blank() {
        return new JobTemplateForm(null, "repair", null, null, null, null, false, null, "100", true, List.of());
    }

    static JobTemplateForm of(JobTemplate t) {
        return new JobTemplateForm(t.name(), t.orderTypeValue(), t.description(), t.instructions(), plain(t.unitPrice()),
                text(t.warrantyDays()), t.rush(), text(t.promisedInDays()), Integer.toString(t.sortOrder()), t.active(),
                t.stages().stream().map(s -> new StageRow(s.name(), s.vendor() == null ? null : s.vendor().toString(),
                        plain(s.expectedCost()), s.instructions())).toList());
    }

    /** The stage rows to show: the typed ones and a few empty ones to add more. */
    public List<StageRow> rows() {
        List<StageRow> rows = new ArrayList<>(stages == null ? List.of() : stages);
        for (int i = 0; i < EMPTY_ROWS; i++) rows.add(new StageRow(null, null, null, null));
        return rows;
    }

    JobTemplateDetails details() {
        OrderType type;
        try {
            type = orderType == null || orderType.isBlank() || JobTemplate.ANY.equals(orderType) ? null : OrderType.of(orderType);
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolated("orderType", "Choose the kind of job, or Any.");
        }
        List<JobTemplate.Stage> stageList = new ArrayList<>();
        for (StageRow row : stages == null ? List.<StageRow>of() : stages) {
            if (row.name() == null || row.name().isBlank()) continue;
            Long vendor = whole("stages", row.vendorId() == null || row.vendorId().isBlank() ? null : row.vendorId());
            stageList.add(new JobTemplate.Stage(row.name(), vendor == null ? null : new ContactId(vendor),
                    decimal("stages", row.expectedCost()), row.instructions()));
        }
        Long warranty = whole("warrantyDays", warrantyDays);
        Long promised = whole("promisedInDays", promisedInDays);
        Long sort = whole("sortOrder", sortOrder);
        return new JobTemplateDetails(name, type, description, instructions, decimal("unitPrice", unitPrice),
                warranty == null ? null : Math.toIntExact(Math.min(warranty, Integer.MAX_VALUE)),
                Boolean.TRUE.equals(rush), promised == null ? null : Math.toIntExact(Math.min(promised, Integer.MAX_VALUE)),
                sort == null ? null : Math.toIntExact(Math.max(Integer.MIN_VALUE, Math.min(sort, Integer.MAX_VALUE))),
                Boolean.TRUE.equals(active), stageList);
    }

    static BigDecimal decimal(String field, String text) {
        return TypedInput.amount(field, text);
    }

    static Long whole(String field, String text) {
        return TypedInput.whole(field, text);
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String text(Integer number) {
        return number == null ? null : number.toString();
    }
}
