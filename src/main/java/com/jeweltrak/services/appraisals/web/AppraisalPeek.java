package com.jeweltrak.services.appraisals.web;

import java.util.Map;
import java.util.Optional;

import com.jeweltrak.platform.peek.Peek;
import com.jeweltrak.platform.peek.PeekProvider;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.services.appraisals.AppraisalId;
import com.jeweltrak.services.appraisals.Appraisals;
import org.springframework.stereotype.Component;

/** An appraisal at a glance from the list or the search: customer, date, purpose, items and total. */
@Component
class AppraisalPeek implements PeekProvider {

    static final String TYPE = "appraisal";

    private final Appraisals appraisals;
    private final AppraisalRows rows;

    AppraisalPeek(Appraisals appraisals, AppraisalRows rows) {
        this.appraisals = appraisals;
        this.rows = rows;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String label() {
        return "Appraisal";
    }

    @Override
    public String permission() {
        return Permission.key("Appraisals", "View");
    }

    @Override
    public Optional<Peek> peek(long id, CurrentUser viewer) {
        return appraisals.find(new AppraisalId(id)).filter(a -> viewer.mayAccess(a.store())).map(rows::row)
                .map(r -> new Peek("Appraisal " + r.number(), r.statusLabel(), "/services/appraisals/" + id,
                        "services/appraisals/peek", Map.of("peekAppraisal", r)));
    }
}
