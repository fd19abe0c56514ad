package com.jeweltrak.settings.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** A complete store form as the browser would post it, with the fields a test cares about changed. */
final class StoreFormPosts {

    private StoreFormPosts() {
    }

    static Map<String, String> filled(String name) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("addressLine1", "1 Gem Row");
        fields.put("city", "Springfield");
        fields.put("region", "IL");
        fields.put("postalCode", "62701");
        fields.put("country", "US");
        fields.put("phone", "(217) 555-0100");
        fields.put("email", "shop@example.com");
        fields.put("timeZone", "America/Chicago");
        fields.put("taxNumber", "IL-123");
        fields.put("invoiceDisclaimer", "No refunds - store credit only");
        fields.put("taxRate", "6.25");
        fields.put("surTaxRate", "1");
        fields.put("surTaxThreshold", "5000");
        fields.put("defaultStockType", "J");
        fields.put("active", "true");
        return fields;
    }

    static MockHttpServletRequestBuilder post(String path, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path);
        fields.forEach((name, value) -> request.param(name, value));
        // the browser posts these markers for every checkbox, ticked or not
        for (String flag : new String[] {"showOrderNumber", "showLineSalesperson", "showSerialNumber", "active"}) {
            request.param("_" + flag, "on");
        }
        return request;
    }
}
