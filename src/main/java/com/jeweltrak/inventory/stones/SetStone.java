package com.jeweltrak.inventory.stones;

import java.math.BigDecimal;

import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.platform.files.FileId;

/**
 * A stone mounted in a jewelry or watch item. Typed in, it may carry its own certificate file (CertMain);
 * combined from a loose stone, it is a locked snapshot naming that stone, whose certificate it shows (R3, R4),
 * and remembers the cost it added to the parent (R15) so that reversing takes back exactly that.
 */
public record SetStone(long id, ItemId item, SetStoneDetails details, FileId certificateFile, ItemId source,
                       String sourceStockId, BigDecimal consumedCost) {

    /** Combined rows are not edited, only reversed (R4). */
    public boolean locked() {
        return source != null;
    }
}
