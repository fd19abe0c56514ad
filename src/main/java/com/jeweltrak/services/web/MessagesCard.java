package com.jeweltrak.services.web;

import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.messages.StatusMessages;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The proposed status message (editable, Send / Skip) and the job's message log (03-services §14). */
@Component
class MessagesCard implements WorkOrderCard {

    record MessageForm(Long messageId, String channel, String to, String subject, String body) {
    }

    private final StatusMessages messages;

    MessagesCard(StatusMessages messages) {
        this.messages = messages;
    }

    @Override
    public void addTo(WorkOrder job, Model model) {
        var all = messages.of(job.id());
        model.addAttribute("statusMessages", all);
        model.addAttribute("pendingMessage", all.stream().filter(m -> m.proposed()).findFirst().orElse(null));
        if (!model.containsAttribute("messageForm")) model.addAttribute("messageForm", new MessageForm(null, null, null, null, null));
    }
}
