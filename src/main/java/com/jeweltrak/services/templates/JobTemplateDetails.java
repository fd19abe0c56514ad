package com.jeweltrak.services.templates;

import java.math.BigDecimal;
import java.util.List;

import com.jeweltrak.services.OrderType;

/** A template as typed on the settings page or sent to the API (03-services §8 Data); orderType null = Any. */
public record JobTemplateDetails(String name, OrderType orderType, String description, String instructions,
                                 BigDecimal unitPrice, Integer warrantyDays, boolean rush, Integer promisedInDays,
                                 Integer sortOrder, boolean active, List<JobTemplate.Stage> stages) {
}
