package com.jeweltrak.services.appraisals;

import java.math.BigDecimal;

import com.jeweltrak.platform.BusinessRuleViolated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A piece on a draft appraisal (03-services §13 R2, R3): described by hand with its details and appraised value. It
 * names no StockID and moves no stock (R1), even for a piece the store sold.
 */
@Component
public class AddingAnAppraisalItem {

    public record Request(String description, String metal, String weight, String stones, String marks, String condition,
                          BigDecimal appraisedValue) {
    }

    private final AppraisalWork work;
    private final JdbcClient jdbc;

    AddingAnAppraisalItem(AppraisalWork work, JdbcClient jdbc) {
        this.work = work;
        this.jdbc = jdbc;
    }

    @Transactional
    public long add(AppraisalId id, Request request) {
        Appraisal appraisal = work.appraisals.lock(id);
        appraisal.checkEditable();
        check(request);
        long item = jdbc.sql("""
                        insert into appraisal_item (tenant_id, appraisal_id, description, metal, weight, stones, marks,
                                                    condition, appraised_value)
                        values (jt_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(id.value(), request.description().strip(), AppraisalWork.blank(request.metal()),
                        AppraisalWork.blank(request.weight()), AppraisalWork.blank(request.stones()),
                        AppraisalWork.blank(request.marks()), AppraisalWork.blank(request.condition()),
                        request.appraisedValue())
                .query(Long.class).single();
        work.changed(id);
        return item;
    }

    static void check(Request request) {
        if (request.description() == null || request.description().isBlank()) {
            throw new BusinessRuleViolated("description", "Describe the item appraised.");
        }
        if (request.appraisedValue() == null) {
            throw new BusinessRuleViolated("appraisedValue", "Enter the appraised value.");
        }
        if (request.appraisedValue().signum() < 0) {
            throw new BusinessRuleViolated("appraisedValue", "The appraised value cannot be negative.");
        }
        if (request.appraisedValue().stripTrailingZeros().scale() > 4) {
            throw new BusinessRuleViolated("appraisedValue", "Enter the value with at most 4 decimals.");
        }
        if (request.appraisedValue().compareTo(new BigDecimal("999999999999999")) > 0) {
            throw new BusinessRuleViolated("appraisedValue", "The appraised value is too large.");
        }
    }
}
