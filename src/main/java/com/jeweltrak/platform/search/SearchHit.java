package com.jeweltrak.platform.search;

/**
 * One found record, as a result row shows it, with its store — one document number can match in each
 * store (Search R5); it opens in a Quick Peek (R4).
 */
public record SearchHit(String type, String typeLabel, long id, Long storeId, String storeName, String identifier,
                        String title, String subtitle, String status) {

    public String peekUrl() {
        return "/peek/" + type + "/" + id;
    }
}
