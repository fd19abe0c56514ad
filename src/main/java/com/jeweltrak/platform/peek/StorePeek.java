package com.jeweltrak.platform.peek;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.StoreSearchEntries;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.users.Permission;
import org.springframework.stereotype.Component;

/** A store at a glance: address, contact, tax rates (as the percentages people set) and display flags. */
@Component
class StorePeek implements PeekProvider {

    private final Stores stores;

    StorePeek(Stores stores) {
        this.stores = stores;
    }

    @Override
    public String type() {
        return StoreSearchEntries.TYPE;
    }

    @Override
    public String label() {
        return "Store";
    }

    /** The same right as Settings → Stores, where Open Full Store leads. */
    @Override
    public String permission() {
        return Permission.CAN_MANAGE_USERS;
    }

    @Override
    public Optional<Peek> peek(long id, CurrentUser viewer) {
        return stores.find(new StoreId(id)).map(store -> new Peek(store.name(), store.active() ? "Active" : "Inactive",
                "/settings/stores/" + id, "platform/peek/store", Map.of("peekStore", store,
                "peekTaxRate", percent(store.tax().taxRate()), "peekSurTaxRate", percent(store.tax().surTaxRate()))));
    }

    /** 0.0625 is shown as 6.25 — the form people enter it in. */
    static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString();
    }
}
