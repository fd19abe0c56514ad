package com.jeweltrak.support;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.picklists.ValuesRewritten;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A module following a list rewrite that refuses it, after every record has been rewritten: the
 * tests use it to prove a merge is one transaction. It acts only on values starting with
 * {@link #REFUSED_PREFIX}, which no other test uses.
 */
@Component
public class RefusingRewriteListener {

    public static final String REFUSED_PREFIX = "Refused-by-listener";

    @EventListener
    void rewritten(ValuesRewritten rewritten) {
        if (rewritten.to().startsWith(REFUSED_PREFIX) && rewritten.records() > 0) {
            throw new BusinessRuleViolated("A module following the rewrite refused it.");
        }
    }
}
