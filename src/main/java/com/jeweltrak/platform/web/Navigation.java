package com.jeweltrak.platform.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The seeds' main navigation. A section lights up by itself once some module serves a page at its
 * path; until then it is shown greyed out, so nobody clicks into a page that does not exist.
 */
@Component
class Navigation {

    record Section(String key, String label, String path, String icon) {
    }

    record Shown(String key, String label, String path, String icon, boolean available, boolean active) {
    }

    static final List<Section> SECTIONS = List.of(
            new Section("dashboard", "Dashboard", "/", "\u2302"),
            new Section("inventory", "Inventory", "/inventory", "\u25C7"),
            new Section("sales", "Sales", "/sales", "\u00A4"),
            new Section("services", "Services", "/services", "\u2692"),
            new Section("purchasing", "Purchasing", "/purchasing", "\u21E9"),
            new Section("contacts", "Contacts", "/contacts", "\u263A"),
            new Section("accounting", "Accounting", "/accounting", "\u2211"),
            new Section("reports", "Reports", "/reports", "\u2630"),
            new Section("settings", "Settings", "/settings", "\u2699"),
            new Section("utilities", "Utilities", "/utilities", "\u2692"));

    private final RequestMappingHandlerMapping mappings;
    private volatile Set<String> served = Set.of();

    Navigation(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void learnServedPaths() {
        served = mappings.getHandlerMethods().keySet().stream()
                .filter(info -> info.getMethodsCondition().getMethods().isEmpty()
                        || info.getMethodsCondition().getMethods().contains(RequestMethod.GET))
                .flatMap(info -> info.getPatternValues().stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    List<Shown> sections(String activeKey) {
        return SECTIONS.stream()
                .map(s -> new Shown(s.key(), s.label(), s.path(), s.icon(), served.isEmpty() || served.contains(s.path()),
                        s.key().equals(activeKey)))
                .toList();
    }

    /** On a phone: the sections that exist, but for Dashboard, which has its own button, at most three. */
    List<Shown> bottom(String activeKey) {
        return sections(activeKey).stream().filter(Shown::available).filter(s -> !s.key().equals("dashboard")).limit(3).toList();
    }

    static String sectionOf(String path) {
        if (path == null || path.equals("/") || path.isEmpty()) return "dashboard";
        if (path.startsWith("/profile")) return "profile";
        if (path.startsWith("/partnerships")) return "sales"; // the Partnerships page sits beside Invoices and Memos
        String first = path.substring(1).split("/")[0];
        return SECTIONS.stream().map(Section::key).filter(first::equals).findFirst().orElse(first);
    }
}
