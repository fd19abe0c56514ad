package com.jeweltrak.services.web;

import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.messages.MessageChannel;
import com.jeweltrak.services.messages.SendingAStatusMessage;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Send or Skip the message a status change proposed (03-services §14; 10-settings §Custom Build messages R11). */
@Controller
@RequestMapping("/services/work-orders/{id}/message")
class WorkOrderMessagesController {

    private final WorkOrderPage page;
    private final SendingAStatusMessage sending;

    WorkOrderMessagesController(WorkOrderPage page, SendingAStatusMessage sending) {
        this.page = page;
        this.sending = sending;
    }

    @PostMapping("/send")
    @PreAuthorize(WorkOrderPermissions.EDIT)
    String send(@PathVariable long id, @ModelAttribute("messageForm") MessagesCard.MessageForm form, BindingResult result,
                HttpServletResponse response, Model model) {
        WorkOrder job = page.visible(id);
        return page.act(job, result, response, model, () -> sending.send(job.id(), form.messageId() == null ? 0 : form.messageId(),
                channel(form.channel()), form.to(), form.subject(), form.body()));
    }

    @PostMapping("/skip")
    @PreAuthorize(WorkOrderPermissions.EDIT)
    String skip(@PathVariable long id, @ModelAttribute("messageForm") MessagesCard.MessageForm form, BindingResult result,
                HttpServletResponse response, Model model) {
        WorkOrder job = page.visible(id);
        return page.act(job, result, response, model, () -> sending.skip(job.id(), form.messageId() == null ? 0 : form.messageId()));
    }

    static MessageChannel channel(String text) {
        for (MessageChannel c : MessageChannel.values()) if (c.name().equalsIgnoreCase(text)) return c;
        return null;
    }
}
