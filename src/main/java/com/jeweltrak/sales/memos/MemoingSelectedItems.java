package com.jeweltrak.sales.memos;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.tenancy.StoreId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Memo selected items" from an inventory list (04-inventory §Bulk Actions R2–R6): the selected items go out on a new
 * memo for the chosen customer, or onto an existing open memo (its customer). Items that cannot go (nothing in stock —
 * sold or out on another memo — or already on that memo) are skipped and named with the reason; the rest proceed, one
 * unit each. Each line is its own step, so an item taken meanwhile is skipped rather than undoing the others.
 */
@Component
public class MemoingSelectedItems {

    public record Request(StoreId store, ContactId customer, LocalDate expectedReturn, String terms, MemoId existing) {
    }

    public record Skipped(String stockId, String reason) {
    }

    /** What would happen: the items that go, those skipped and why. */
    public record Plan(List<Item> going, List<Skipped> skipped) {
    }

    public record Outcome(MemoId memo, int added, List<Skipped> skipped) {
    }

    private final Items items;
    private final Memos memos;
    private final IssuingAMemo issuing;
    private final AddingAMemoLine adding;

    MemoingSelectedItems(Items items, Memos memos, IssuingAMemo issuing, AddingAMemoLine adding) {
        this.items = items;
        this.memos = memos;
        this.issuing = issuing;
        this.adding = adding;
    }

    @Transactional(readOnly = true)
    public Plan plan(Collection<Long> ids, MemoId existing) {
        Optional<Memo> onto = existing == null ? Optional.empty() : memos.find(existing);
        List<Item> going = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Long id : ids) {
            Optional<Item> found = items.find(new ItemId(id));
            if (found.isEmpty()) continue; // not the tenant's (RLS), or gone: nothing to name
            Item item = found.get();
            if (onto.isPresent() && onto.get().lines().stream().anyMatch(l -> item.id().equals(l.item()))) {
                skipped.add(new Skipped(item.stockId(), "already on memo " + onto.get().numberText()));
            } else if (item.quantities().inStock().signum() <= 0) {
                skipped.add(new Skipped(item.stockId(), "0 in stock" + memos.holding(item.id())
                        .map(m -> " (out on memo " + m + ")").orElse(" (sold or otherwise gone)")));
            } else {
                going.add(item);
            }
        }
        return new Plan(going, skipped);
    }

    /** Not one transaction on purpose: see the class comment. */
    public Outcome memo(Request request, Collection<Long> ids) {
        Plan plan = plan(ids, request.existing());
        if (plan.going().isEmpty()) {
            throw new BusinessRuleViolated("items", "None of the selected items can go out on memo.");
        }
        MemoId memo;
        if (request.existing() != null) {
            Memo onto = memos.get(request.existing());
            onto.checkNotVoided();
            if (!onto.pill().open()) {
                throw new BusinessRuleViolated("existingMemo", "Memo " + onto.numberText() + " is " + onto.pill().label()
                        + "; choose an open memo or make a new one.");
            }
            memo = onto.id();
        } else {
            memo = issuing.issue(new IssuingAMemo.Request(request.store(), request.customer(), null, request.expectedReturn(),
                    request.terms(), null));
        }
        List<Skipped> skipped = new ArrayList<>(plan.skipped());
        int added = 0;
        for (Item item : plan.going()) {
            try {
                adding.add(memo, new AddingAMemoLine.Request(item.stockId(), null, BigDecimal.ONE, null, null));
                added++;
            } catch (BusinessRuleViolated refused) {
                skipped.add(new Skipped(item.stockId(), refused.getMessage()));
            }
        }
        return new Outcome(memo, added, skipped);
    }
}
