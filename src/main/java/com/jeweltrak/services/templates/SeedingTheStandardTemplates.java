package com.jeweltrak.services.templates;

import java.math.BigDecimal;
import java.util.List;

import com.jeweltrak.services.OrderType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 14 standard templates a tenant starts with (03-services §8 R3), with the warranty periods of §8 R4 / §10:
 * sizing, polishing, rhodium 30 days; prong, setting (stone tightening counts as setting), soldering, chain, clasp,
 * stone replacement 90; engraving 0 (no warranty); refurbishment and the custom templates none. Prices are rough
 * industry averages the store should adjust (R3); the promised-in days and the default stages are what a bench
 * usually needs (inferred). A template whose name the tenant already has is left alone, so seeding twice adds nothing.
 */
@Component
public class SeedingTheStandardTemplates {

    static final List<JobTemplateDetails> STANDARD = List.of(
            repair(10, "Ring sizing — up", "Ring sizing, up", "45.00", 30, 7, "Size up"),
            repair(20, "Ring sizing — down", "Ring sizing, down", "35.00", 30, 7, "Size down"),
            repair(30, "Prong tightening / re-tipping", "Prong tightening / re-tipping", "60.00", 90, 7, "Re-tip prongs"),
            repair(40, "Stone tightening", "Stone tightening", "25.00", 90, 3, "Tighten stones"),
            repair(50, "Chain repair / solder", "Chain repair, solder", "30.00", 90, 5, "Solder"),
            repair(60, "Clasp replacement", "Clasp replacement", "40.00", 90, 5, "Replace clasp"),
            repair(70, "Basic polishing", "Clean and polish", "25.00", 30, 2, "Polish"),
            repair(80, "Rhodium plating", "Rhodium plating", "55.00", 30, 5, "Rhodium plate"),
            repair(90, "Engraving — text", "Engraving, text", "30.00", 0, 5, "Engrave"),
            repair(100, "Engraving — monogram-or-logo", "Engraving, monogram or logo", "60.00", 0, 10, "Engrave"),
            repair(110, "Stone replacement", "Stone replacement", "75.00", 90, 10, "Set stone"),
            repair(120, "Refurbishment — full service", "Refurbishment, full service", "150.00", null, 14, "Refurbish"),
            new JobTemplateDetails("Custom design — consultation", OrderType.CUSTOM, "Custom design consultation",
                    "Meet the customer; take measurements, budget and inspiration photos.", new BigDecimal("0.00"), null,
                    false, 7, 130, true, List.of()),
            new JobTemplateDetails("Custom design — CAD modeling", OrderType.CUSTOM, "Custom design, CAD model",
                    "Model from the approved sketch; send renders for customer review.", new BigDecimal("250.00"), null,
                    false, 14, 140, true, List.of(new JobTemplate.Stage("CAD model", null, new BigDecimal("150.00"),
                    "Model to the approved sketch and ring size."))));

    private static JobTemplateDetails repair(int sort, String name, String description, String price, Integer warranty,
                                             int promisedInDays, String stage) {
        return new JobTemplateDetails(name, OrderType.REPAIR, description, null, new BigDecimal(price), warranty, false,
                promisedInDays, sort, true, List.of(new JobTemplate.Stage(stage, null, null, null)));
    }

    private final AddingAJobTemplate adding;
    private final JdbcClient jdbc;

    SeedingTheStandardTemplates(AddingAJobTemplate adding, JdbcClient jdbc) {
        this.adding = adding;
        this.jdbc = jdbc;
    }

    /** Adds the standard templates the tenant does not have by name; returns how many were added. */
    @Transactional
    public int seed() {
        int added = 0;
        for (JobTemplateDetails t : STANDARD) {
            boolean present = jdbc.sql("select exists (select 1 from job_template where lower(name) = lower(?))")
                    .param(t.name()).query(Boolean.class).single();
            if (!present) {
                adding.add(t);
                added++;
            }
        }
        return added;
    }
}
