package com.jeweltrak.platform.security;

/** Turns a User-Agent header into what a person recognizes: "Chrome on Windows". */
final class DeviceNames {

    private DeviceNames() {
    }

    static String describe(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) return "Unknown device";
        return browser(userAgent) + " on " + system(userAgent);
    }

    private static String browser(String ua) {
        if (ua.contains("Edg/")) return "Edge";
        if (ua.contains("OPR/")) return "Opera";
        if (ua.contains("Firefox/")) return "Firefox";
        if (ua.contains("HeadlessChrome") || ua.contains("Chrome/") || ua.contains("Chromium/")) return "Chrome";
        if (ua.contains("Safari/")) return "Safari";
        if (ua.contains("curl/")) return "curl";
        return "A browser";
    }

    private static String system(String ua) {
        if (ua.contains("iPhone")) return "iPhone";
        if (ua.contains("iPad")) return "iPad";
        if (ua.contains("Android")) return "Android";
        if (ua.contains("Windows")) return "Windows";
        if (ua.contains("Mac OS X") || ua.contains("Macintosh")) return "Mac";
        if (ua.contains("Linux")) return "Linux";
        return "an unknown system";
    }
}
