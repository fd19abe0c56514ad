package com.jeweltrak.platform.web;

import java.util.Set;

import com.jeweltrak.support.BrowserTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The app shell as a person sees it on common screens (issue 2 §8, design §5: every page works on a phone). */
class ShellBrowserTests extends BrowserTest {

    @Autowired TestTenants tenants;

    // issue 2 §8: the top bar never pushes the page wider than the screen, even with long store and user names
    @ParameterizedTest
    @ValueSource(ints = {390, 1024, 1200, 1280, 1440, 1920})
    void theTopBarFitsTheScreenWithLongNames(int width) {
        var tenant = tenants.open("wide-shell-names");
        var second = tenants.addStore(tenant, "The Grand Boulevard Flagship Showroom " + width);
        var person = tenants.addPerson(tenant, "Maximiliana-Josephine", Set.of(tenant.group("Admin")),
                Set.of(tenant.store(), second));
        page.setViewportSize(width, 900);
        signInToDashboard(page, person.email(), TestTenants.PASSWORD);

        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
    }
}
