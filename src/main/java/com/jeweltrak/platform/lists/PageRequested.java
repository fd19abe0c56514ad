package com.jeweltrak.platform.lists;

import com.jeweltrak.platform.Paged;

/**
 * The page of an API collection a caller asked for, checked: a page from 0, a size from 1 to {@link Paged#MAX_SIZE};
 * anything else is a 400 naming the parameter (design §5), never silently clamped.
 */
public record PageRequested(int page, int size) {

    public static PageRequested of(Integer page, Integer size, int defaultSize) {
        int p = page == null ? 0 : page;
        int s = size == null ? defaultSize : size;
        if (p < 0) throw new InvalidListRequest("page", "The page number starts at 0.");
        if (s < 1 || s > Paged.MAX_SIZE) throw new InvalidListRequest("size", "The page size is 1 to " + Paged.MAX_SIZE + ".");
        return new PageRequested(p, s);
    }
}
