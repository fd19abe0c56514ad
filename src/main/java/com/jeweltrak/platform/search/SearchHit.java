package com.jeweltrak.platform.search;

/** One found record, as a result row shows it; it opens in a Quick Peek (Search R4). */
public record SearchHit(String type, String typeLabel, long id, Long storeId, String identifier, String title,
                        String subtitle, String status) {

    public String peekUrl() {
        return "/peek/" + type + "/" + id;
    }
}
