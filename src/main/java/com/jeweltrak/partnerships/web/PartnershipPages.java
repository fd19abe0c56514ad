package com.jeweltrak.partnerships.web;

import jakarta.servlet.http.HttpServletRequest;

/** What the partnership pages share. */
final class PartnershipPages {

    private PartnershipPages() {
    }

    static boolean isHtmx(HttpServletRequest request) {
        return request.getHeader("HX-Request") != null && request.getHeader("HX-History-Restore-Request") == null;
    }
}
