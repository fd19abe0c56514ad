package com.jeweltrak.contacts.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.ContactRoles;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.contacts.EditingContacts;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.lists.ListDefinition;
import com.jeweltrak.platform.lists.ListDefinitions;
import com.jeweltrak.platform.lists.ListParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Contacts over the API, with the same rules and permissions as the pages (07-contacts §Unified Contacts). */
@RestController
@RequestMapping("/api/v1/contacts")
@Tag(name = "Contacts", description = "Unified customers, vendors and partners (07-contacts)")
class ContactsApi {

    private static final int PAGE_SIZE = 50;

    private final Contacts contacts;
    private final EditingContacts editing;
    private final ContactRoles roles;
    private final ListDefinitions lists;

    ContactsApi(Contacts contacts, EditingContacts editing, ContactRoles roles, ListDefinitions lists) {
        this.contacts = contacts;
        this.editing = editing;
        this.roles = roles;
        this.lists = lists;
    }

    record RoleRequest(@io.swagger.v3.oas.annotations.media.Schema(example = "vendor") String role) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('Contacts.View')")
    @Operation(summary = "Contacts, searched, filtered by role, sorted and paged; merged contacts only with record=merged")
    Paged<ContactJson> list(
            @Parameter(description = "Text in the name, company, e-mail, phone or city") @RequestParam(required = false) String q,
            @Parameter(description = "customer, vendor, partner or none") @RequestParam(required = false) String role,
            @Parameter(description = "merged: only contacts merged into another") @RequestParam(required = false) String record,
            @Parameter(description = "Zero-based page number") @RequestParam(required = false) Integer page,
            @Parameter(description = "Page size, at most 200; default 50") @RequestParam(required = false) Integer size,
            @Parameter(description = "column,asc|desc; columns: name, company, email, city, taxStatus, birthday, creditLimit, created",
                    example = "name,asc") @RequestParam(required = false) String sort) {
        ListDefinition<Contact> definition = lists.get(ContactsList.KEY, Contact.class);
        Map<String, String> filters = new LinkedHashMap<>();
        if (role != null && !role.isBlank()) filters.put(ContactsList.ROLE_FILTER, role);
        if (record != null && !record.isBlank()) filters.put("record", record);
        var query = new ListParameters(q, sort, page, size, filters).toQuery(definition, PAGE_SIZE);
        Paged<Contact> found = definition.source().page(query);
        return new Paged<>(found.content().stream().map(ContactJson::of).toList(), found.page(), found.size(),
                found.totalElements());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('Contacts.View')")
    @Operation(summary = "One contact; 404 when it is not the caller's tenant's")
    ContactJson get(@PathVariable long id) {
        return ContactJson.of(contacts.get(new ContactId(id)));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('Contacts.Create')")
    @Operation(summary = "Add a contact with the roles given (none is fine); 422 naming each invalid field")
    ResponseEntity<ContactJson> add(@Valid @RequestBody ContactRequest request) {
        ContactId id = editing.add(request.toContact());
        return ResponseEntity.created(URI.create("/api/v1/contacts/" + id)).body(ContactJson.of(contacts.get(id)));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('Contacts.Edit')")
    @Operation(summary = "Replace a contact's details; 422 for invalid fields, a role still in use or a merged contact")
    ContactJson save(@PathVariable long id, @Valid @RequestBody ContactRequest request) {
        contacts.get(new ContactId(id));
        return ContactJson.of(editing.save(new ContactId(id), request.toContact()));
    }

    @PostMapping("/{id}/add-role")
    @PreAuthorize("hasAuthority('Contacts.Edit')")
    @Operation(summary = "Give the contact a role (what a role's picker does, R7); nothing is copied")
    ContactJson addRole(@PathVariable long id, @RequestBody RoleRequest request) {
        roles.ensure(new ContactId(id), role(request));
        return ContactJson.of(contacts.get(new ContactId(id)));
    }

    @PostMapping("/{id}/remove-role")
    @PreAuthorize("hasAuthority('Contacts.Edit')")
    @Operation(summary = "Take a role away; 422 while the contact has open business in that role (R11)")
    ContactJson removeRole(@PathVariable long id, @RequestBody RoleRequest request) {
        roles.remove(new ContactId(id), role(request));
        return ContactJson.of(contacts.get(new ContactId(id)));
    }

    private static ContactRole role(RoleRequest request) {
        return ContactRole.fromKey(request == null ? null : request.role()).orElseThrow(() ->
                new BusinessRuleViolated("role", "The role is customer, vendor or partner."));
    }
}
