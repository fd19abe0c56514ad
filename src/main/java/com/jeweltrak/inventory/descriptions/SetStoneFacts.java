package com.jeweltrak.inventory.descriptions;

import java.util.List;

import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.stones.SetStone;
import com.jeweltrak.inventory.stones.SetStoneDetails;
import com.jeweltrak.inventory.stones.SetStones;
import org.springframework.stereotype.Component;

/** R2: a saved piece's set stones and their certificate numbers, one fact each, for the AI. */
@Component
class SetStoneFacts implements SavedItemFacts {

    private final SetStones stones;

    SetStoneFacts(SetStones stones) {
        this.stones = stones;
    }

    @Override
    public List<String> factsOf(ItemId item) {
        return stones.of(item).stream().map(SetStone::details).map(SetStoneFacts::fact).toList();
    }

    /** "Set stone: 2 × Diamond 0.5 ct Round G VS1, GIA 2141438171". */
    static String fact(SetStoneDetails d) {
        StringBuilder fact = new StringBuilder("Set stone: ");
        if (d.quantity() > 1) fact.append(d.quantity()).append(" × ");
        fact.append(d.summary());
        if (d.certNumber() != null) fact.append(", ").append(d.lab() == null ? "certificate" : d.lab()).append(' ').append(d.certNumber());
        return fact.toString();
    }
}
