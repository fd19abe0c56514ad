package com.jeweltrak.inventory.web;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.jeweltrak.inventory.Item;

/** An item over the API: StockID as a string, money and weights as decimal strings; cost only with CanViewCost. */
record ItemJson(long id, String stockId, String family, String stockType, long storeId, String category, Long vendorId,
                String description, String serialNumber, String location, String vendorInvoiceRef, String notes,
                boolean taxable, String purchaseDate,
                @JsonInclude(JsonInclude.Include.NON_NULL) String cost,
                String price1, String price2, String price3, String retailPrice,
                String inStock, String onMemo, String carats, Map<String, Object> details) {

    static ItemJson of(Item item, boolean mayViewCost) {
        return new ItemJson(item.id().value(), item.stockId(), item.family().slug(), String.valueOf(item.family().code()),
                item.store().value(), item.category(), item.vendor() == null ? null : item.vendor().value(),
                item.description(), item.identifiers().serialNumber(), item.identifiers().location(),
                item.identifiers().vendorInvoiceRef(), item.identifiers().notes(), item.taxable(),
                item.purchaseDate().toString(), mayViewCost ? Json.money(item.cost()) : null,
                Json.money(item.prices().price1()), Json.money(item.prices().price2()), Json.money(item.prices().price3()),
                Json.money(item.prices().retail()), Json.plain(item.quantities().inStock()),
                Json.plain(item.quantities().onMemo()), Json.plain(item.quantities().carats()), details(item));
    }

    /** The family's attributes by their record names — the names a request's details take; decimals as strings. */
    private static Map<String, Object> details(Item item) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (RecordComponent component : item.details().getClass().getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(item.details());
                json.put(component.getName(), value instanceof BigDecimal decimal ? Json.plain(decimal) : value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return json;
    }
}
