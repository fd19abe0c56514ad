package com.jeweltrak.services.web;

import com.jeweltrak.services.WorkOrder;
import org.springframework.ui.Model;

/** A card of the work-order page kept by its own feature (deposits, messages, …): it adds what it shows to the model. */
interface WorkOrderCard {

    void addTo(WorkOrder job, Model model);
}
