package com.jeweltrak.platform.picklists;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.jeweltrak.platform.BusinessRuleViolated;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R3: a rename changes the value everywhere — every record holding the old text holds the new one.
 * R6: when the new text is already a value (ignoring case and spaces) it is a merge, done only once
 * confirmed: every record of the old value then holds the existing value.
 */
@Service
@PreAuthorize("hasAuthority('CanManageUsers')")
public class RenamingAValue {

    private final PickLists lists;
    private final PickListValues values;
    private final Rewriting rewriting;

    RenamingAValue(PickLists lists, PickListValues values, Rewriting rewriting) {
        this.lists = lists;
        this.values = values;
        this.rewriting = rewriting;
    }

    /** How many records were rewritten, and the text they hold now (the existing value after a merge). */
    public record Renamed(long records, String value) {
    }

    @Transactional
    public Renamed rename(String listKey, String from, String to, boolean mergeConfirmed) {
        PickList list = lists.get(listKey);
        if (to == null || to.isBlank()) throw new BusinessRuleViolated("to", "Enter the new value.");
        String target = to.strip();
        if (target.length() > 200) throw new BusinessRuleViolated("to", "At most 200 characters.");
        List<PickListValue> all = values.of(list);
        PickListValues.in(all, list, from);
        if (target.equals(from)) throw new BusinessRuleViolated("to", "That is already its name.");
        // the value it would merge into: the one spelled exactly so, else the most used of its near-duplicates
        Optional<PickListValue> existing = all.stream()
                .filter(v -> !v.value().equals(from) && PickListValue.normalized(v.value()).equals(PickListValue.normalized(target)))
                .max(Comparator.comparing((PickListValue v) -> v.value().equals(target)).thenComparingLong(PickListValue::uses));
        if (existing.isPresent()) {
            if (!mergeConfirmed) throw new RenameWouldMerge(target, existing.get().value());
            return new Renamed(rewriting.rewrite(list, List.of(from), existing.get().value()), existing.get().value());
        }
        return new Renamed(rewriting.rewrite(list, List.of(from), target), target);
    }
}
