package com.jeweltrak.services.web;

import com.jeweltrak.services.IntakeFixtures;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.support.BrowserTest;
import com.jeweltrak.support.TestTenants;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Drawing a signature on the pad (03-services §5 R2: finger, stylus or mouse on a canvas). */
class WorkOrderSignatureBrowserTests extends BrowserTest {

    static TestTenants.Tenant tenant;
    static WorkOrderId job;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired IntakeFixtures fixtures) {
        tenant = tenants.open("work-order-signature-browser");
        job = fixtures.repair(tenant, "Signed ring");
    }

    // 03-services §5 R2, R4, R5: a stroke drawn with the mouse is accepted and shows on the job page with the signer
    @Test
    void aSignatureDrawnOnThePadShowsOnTheJob() {
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        page.navigate("/services/work-orders/" + job + "/signatures/new?kind=intake");
        page.waitForLoadState(LoadState.LOAD);
        page.locator("#acceptSignature").click();
        assertThat(page.locator("#imageError")).containsText("Nothing was signed");

        BoundingBox box = page.locator("#signaturePad").boundingBox();
        page.mouse().move(box.x + 30, box.y + box.height * 0.7);
        page.mouse().down();
        page.mouse().move(box.x + box.width * 0.4, box.y + box.height * 0.3, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
        page.mouse().move(box.x + box.width * 0.8, box.y + box.height * 0.7, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
        page.mouse().up();
        page.locator("#acceptSignature").click();

        assertThat(page.locator("#signature-intake .jt-signer")).hasText("Rosa Intake");
        assertThat(page.locator("#signature-intake img.jt-signature")).isVisible();
    }
}
