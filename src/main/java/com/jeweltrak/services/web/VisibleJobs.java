package com.jeweltrak.services.web;

import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.users.User;
import com.jeweltrak.platform.users.Users;
import com.jeweltrak.platform.tenancy.UserId;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrders;
import org.springframework.stereotype.Component;

/**
 * For the job page's signature, attachment and vendor e-mail sections and their API: the job if it exists for this
 * tenant and lies in a store the person may access, else 404 (as the detail page itself decides).
 */
@Component
class VisibleJobs {

    private final WorkOrders workOrders;
    private final Users users;

    VisibleJobs(WorkOrders workOrders, Users users) {
        this.workOrders = workOrders;
        this.users = users;
    }

    WorkOrder visible(long id) {
        WorkOrder job = workOrders.get(new WorkOrderId(id));
        if (!CurrentUser.require().mayAccess(job.store())) throw new RecordNotFound("Work order", id);
        return job;
    }

    /**
     * A card of the job page: the fragment when the page loads it with htmx; opened directly (a bookmark, no script),
     * the same card in a page of its own with a link back to the job.
     */
    String section(String htmx, String template, org.springframework.ui.Model model) {
        if (htmx != null) return template + " :: section";
        model.addAttribute("sectionTemplate", template);
        return "services/job-section";
    }

    /** A user's name as the pages show who did something; null for the system. */
    String userName(UserId id) {
        return id == null ? null : users.find(id).map(User::displayName).orElse(null);
    }
}
