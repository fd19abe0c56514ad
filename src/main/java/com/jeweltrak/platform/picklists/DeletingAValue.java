package com.jeweltrak.platform.picklists;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** R5: only a value no record holds can be deleted; a used one must be merged into another first. */
@Service
@PreAuthorize("hasAuthority('CanManageUsers')")
public class DeletingAValue {

    private final PickLists lists;
    private final PickListValues values;
    private final Rewriting rewriting;

    DeletingAValue(PickLists lists, PickListValues values, Rewriting rewriting) {
        this.lists = lists;
        this.values = values;
        this.rewriting = rewriting;
    }

    /** Answers how many records were rewritten: always 0, the rule being that none may hold it. */
    @Transactional
    public long delete(String listKey, String value) {
        PickList list = lists.get(listKey);
        long uses = values.get(list, value).uses();
        if (uses > 0) throw new ValueInUse(uses);
        rewriting.forget(list, value);
        return 0;
    }
}
