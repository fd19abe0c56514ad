package com.jeweltrak.services.web;

/**
 * Who may see and work on jobs. The catalog has no WorkOrders row; the spec leaves open which row governs production
 * and stone services (03-services, open questions), so every job kind uses the Repairs rights for now.
 */
final class WorkOrderPermissions {

    static final String VIEW_KEY = "Repairs.View";
    static final String VIEW = "hasAuthority('Repairs.View')";
    static final String CREATE = "hasAuthority('Repairs.Create')";
    static final String EDIT = "hasAuthority('Repairs.Edit')";

    private WorkOrderPermissions() {
    }
}
