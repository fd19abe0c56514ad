package com.jeweltrak.platform.mail.web;

import com.jeweltrak.platform.lists.ListDefinitions;
import com.jeweltrak.platform.lists.ListRendering;
import com.jeweltrak.platform.mail.MailServer;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Utilities → Mail Outbox: a tenant admin's view of the mail the application sent or still has to send. */
@Controller
@PreAuthorize("hasAuthority('CanManageUsers')")
class MailOutboxController {

    private final ListDefinitions lists;
    private final ListRendering listRendering;
    private final MailServer server;

    MailOutboxController(ListDefinitions lists, ListRendering listRendering, MailServer server) {
        this.lists = lists;
        this.listRendering = listRendering;
        this.server = server;
    }

    @GetMapping("/utilities/mail-outbox")
    String list(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request, Model model) {
        model.addAttribute("smtpConfigured", server.configured());
        return listRendering.page(lists.get(MailOutboxList.KEY), params, request, model, "platform/mail-outbox");
    }
}
