package com.jeweltrak.reports.web;

import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.reports.ReportCategory;
import com.jeweltrak.reports.ReportLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reports that live on pages of their own, listed on the landing page beside the shell's (§2 R1). */
@Configuration(proxyBeanMethods = false)
class ReportLinks {

    @Bean
    ReportLink salesTaxReportLink() {
        return new ReportLink("sales-tax", "Sales Tax", "Tax liability on finalized invoices vs tax collected on "
                + "payments, by store and rate, with the $0-tax invoices explained.", ReportCategory.ACCOUNTING,
                "/accounting/sales-tax", Permission.SHOW_REPORTS);
    }

    @Bean
    ReportLink receivablesReportLink() {
        return new ReportLink("accounts-receivable", "Accounts Receivable", "What each customer owes, with their "
                + "open invoices, credit on account and statements.", ReportCategory.ACCOUNTING,
                "/accounting/receivables", Permission.SHOW_REPORTS);
    }

    @Bean
    ReportLink journalReportLink() {
        return new ReportLink("journal", "Journal", "Every posting of the books, entry by entry.",
                ReportCategory.ACCOUNTING, "/accounting/journal", Permission.SHOW_REPORTS);
    }

    @Bean
    ReportLink soldPartnershipItemsReportLink() {
        return new ReportLink("sold-partnership-items", "Sold Partnership Items", "Partnership items sold, with each "
                + "partner's share and what is still to settle.", ReportCategory.SALES, "/partnerships/sold-items",
                Permission.CAN_VIEW_COST);
    }
}
