package com.jeweltrak.platform.picklists;

import java.util.LinkedHashSet;
import java.util.List;

import com.jeweltrak.platform.BusinessRuleViolated;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R4: one survivor, one or more losers; every record holding a loser holds the survivor afterwards and
 * the losers leave the list — all in one transaction, so a failure leaves every record as it was.
 */
@Service
@PreAuthorize("hasAuthority('CanManageUsers')")
public class MergingValues {

    private final PickLists lists;
    private final PickListValues values;
    private final Rewriting rewriting;

    MergingValues(PickLists lists, PickListValues values, Rewriting rewriting) {
        this.lists = lists;
        this.values = values;
        this.rewriting = rewriting;
    }

    /** Answers how many records now hold the survivor instead of a loser. */
    @Transactional
    public long merge(String listKey, String survivor, List<String> losers) {
        PickList list = lists.get(listKey);
        if (survivor == null || survivor.isBlank()) throw new BusinessRuleViolated("survivor", "Choose the value to keep.");
        if (losers == null || losers.isEmpty()) throw new BusinessRuleViolated("losers", "Tick the values to merge into it.");
        if (losers.contains(survivor)) {
            throw new BusinessRuleViolated("losers", "A value cannot be merged into itself.");
        }
        List<PickListValue> all = values.of(list);
        PickListValues.in(all, list, survivor);
        List<String> distinct = List.copyOf(new LinkedHashSet<>(losers));
        distinct.forEach(loser -> PickListValues.in(all, list, loser));
        return rewriting.rewrite(list, distinct, survivor);
    }
}
