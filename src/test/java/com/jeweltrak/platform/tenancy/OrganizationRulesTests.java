package com.jeweltrak.platform.tenancy;

import java.time.LocalDate;

import com.jeweltrak.platform.BusinessRuleViolated;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganizationRulesTests {

    private static Organization closedThrough(LocalDate date) {
        return new Organization(new TenantId(1), "Demo", Organization.BusinessType.RETAILER, date, 30, 7, null, null, null,
                Organization.WeightUnit.DWT);
    }

    // 10-settings §Organization Settings R3, R7: a document dated on Closed Through is locked; the day after is open
    @Test
    void aDocumentDatedOnTheClosedDateIsLockedAndTheNextDayIsOpen() {
        Organization org = closedThrough(LocalDate.of(2026, 10, 31));
        assertThat(org.isClosed(LocalDate.of(2026, 10, 31))).isTrue();
        assertThat(org.isClosed(LocalDate.of(2026, 9, 1))).isTrue();
        assertThat(org.isClosed(LocalDate.of(2026, 11, 1))).isFalse();
    }

    // 10-settings §Organization Settings R5: a blank Closed Through locks nothing
    @Test
    void aBlankClosedThroughLocksNothing() {
        assertThat(closedThrough(null).isClosed(LocalDate.of(2000, 1, 1))).isFalse();
    }

    // 10-settings §Organization Settings (reminder windows): negative days are refused
    @Test
    void negativeReminderDaysAreRefused() {
        assertThatThrownBy(() -> new Organization(new TenantId(1), "Demo", Organization.BusinessType.RETAILER, null, -1, 7,
                null, null, null, Organization.WeightUnit.DWT)).isInstanceOf(BusinessRuleViolated.class);
    }
}
