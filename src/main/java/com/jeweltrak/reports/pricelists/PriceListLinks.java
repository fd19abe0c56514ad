package com.jeweltrak.reports.pricelists;

import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.reports.ReportCategory;
import com.jeweltrak.reports.ReportLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The price lists' own pages on the reports landing page (09 §2 R1): the price list (§5) and the diamond quote (§6 R6). */
@Configuration(proxyBeanMethods = false)
class PriceListLinks {

    @Bean
    ReportLink priceListLink() {
        return new ReportLink("price-list", "Price List for a Customer",
                "Tick jewelry and watches, choose one price field, and download or e-mail a branded PDF.",
                ReportCategory.INVENTORY, "/reports/price-list", Permission.SHOW_REPORTS);
    }

    @Bean
    ReportLink diamondQuoteLink() {
        return new ReportLink("diamond-quote", "Diamond Quote (Email Selected)",
                "Tick diamonds and e-mail a branded quote at Price 1 with their lab certificates attached.",
                ReportCategory.INVENTORY, "/reports/diamond-price-list/quote", Permission.SHOW_REPORTS);
    }
}
