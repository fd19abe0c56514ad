package com.jeweltrak.platform.mail.web;

import java.util.Set;

import com.jeweltrak.platform.lists.BulkAction;
import com.jeweltrak.platform.mail.OutboxEntries;
import com.jeweltrak.platform.users.Permission;
import org.springframework.stereotype.Component;

/** "Retry now" on the Mail Outbox: the selected FAILED mails get one more attempt on the next delivery run. */
@Component
class RetryFailedMail implements BulkAction {

    private final OutboxEntries outbox;

    RetryFailedMail(OutboxEntries outbox) {
        this.outbox = outbox;
    }

    @Override
    public String list() {
        return MailOutboxList.KEY;
    }

    @Override
    public String key() {
        return "retry";
    }

    @Override
    public String label() {
        return "Retry now";
    }

    @Override
    public String permission() {
        return Permission.CAN_MANAGE_USERS;
    }

    @Override
    public String run(Set<Long> ids) {
        int queued = outbox.retryNow(ids);
        return queued == 1 ? "1 failed mail queued again." : queued + " failed mails queued again.";
    }
}
