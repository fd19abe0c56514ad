package com.jeweltrak.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Base of the browser tests (design §6): the whole application on its random port, driven by
 * Debian's Chromium through Playwright. One Playwright and one browser per test class, a fresh
 * browser context (cookies, storage) per test; on failure every page the test opened is saved as a
 * full-page screenshot under {@code target/browser-failures/<TestClass>-<method>.png}.
 *
 * <p>{@code -DskipBrowserTests} leaves the browser tests out; without it a missing Chromium fails
 * the tests, so a machine that cannot run them never looks green.
 *
 * <p>Playwright objects belong to one thread: browser test classes run one after another (the
 * build runs no tests in parallel), each test using only its own pages.
 */
@IntegrationTest
@ExtendWith(BrowserTest.FailureScreenshots.class)
public abstract class BrowserTest {

    public static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    public static final Path FAILURES = Paths.get("target", "browser-failures");
    private static final List<String> CHROMIUM_ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;

    private final List<BrowserContext> contexts = new ArrayList<>();

    /** The page of this test, in its own fresh browser context. */
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        if (skipped()) {
            return; // each test then reports itself skipped, so a run without browser tests says so
        }
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Browser tests need Debian's Chromium at " + CHROMIUM
                    + ": install it (apt-get install -y chromium) or leave browser tests out with -DskipBrowserTests");
        }
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(CHROMIUM_ARGS));
        // two shared CPU cores: give the app room to answer before an assertion gives up
        PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
    }

    private static boolean skipped() {
        return Boolean.getBoolean("skipBrowserTests");
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
        browser = null;
        playwright = null;
    }

    @BeforeEach
    void openPage() {
        assumeFalse(skipped(), "browser tests skipped (-DskipBrowserTests)");
        page = newPage();
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    /** Another browser context, as a second device of the same or another person would be; closed after the test. */
    protected Page newPage() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl())
                .setViewportSize(1280, 900)
                .setLocale("en-US"));
        context.setDefaultTimeout(15_000);
        contexts.add(context);
        return context.newPage();
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /**
     * A pattern for {@code hasURL}: exactly this path of the app, with or without a query string.
     * Playwright runs it as a JavaScript regex, so it is escaped by hand ({@code \Q…\E} is Java only).
     */
    protected Pattern at(String path) {
        String escaped = (baseUrl() + path).replaceAll("[.*+?^${}()|\\[\\]\\\\/]", "\\\\$0");
        return Pattern.compile("^" + escaped + "(\\?[^#]*)?(#.*)?$");
    }

    /** Fills the sign-in form and submits it; does not check where it lands. */
    protected static void signIn(Page page, String email, String password) {
        page.navigate("/login");
        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    /**
     * Signs in and waits for the dashboard to be loaded, scripts included (app.js wires the store
     * switcher and confirmations on DOMContentLoaded; a test is faster than a person's first click).
     */
    protected void signInToDashboard(Page page, String email, String password) {
        signIn(page, email, password);
        assertThat(page).hasURL(at("/"));
        page.waitForLoadState(LoadState.LOAD);
    }

    /** Signs out through the user menu in the navbar. */
    protected static void signOut(Page page) {
        userMenu(page).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign out").setExact(true))
                .click();
    }

    /** Opens the user menu (a Bootstrap dropdown) in the navbar and answers its items, now visible. */
    protected static Locator userMenu(Page page) {
        // Bootstrap (a deferred script) wires the dropdown only once the page has loaded; a click before that
        // opens nothing, which a busy machine made happen after a form's redirect
        page.waitForLoadState();
        page.locator("#userMenu").click();
        Locator items = page.locator(".dropdown:has(#userMenu) > .dropdown-menu");
        assertThat(items).isVisible();
        return items;
    }

    private void screenshot(String name) {
        try {
            Files.createDirectories(FAILURES);
        } catch (IOException e) {
            System.err.println("Cannot create " + FAILURES + ": " + e);
            return;
        }
        int n = 0;
        for (BrowserContext context : contexts) {
            for (Page open : context.pages()) {
                Path file = FAILURES.resolve(name + (n++ == 0 ? "" : "-" + n) + ".png");
                try {
                    open.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
                    System.err.println("Browser test failed at " + open.url() + "; screenshot: " + file.toAbsolutePath());
                } catch (RuntimeException e) {
                    System.err.println("Could not take screenshot " + file + ": " + e.getMessage());
                }
            }
        }
    }

    /** Runs after the test method and before {@code @AfterEach}, while its pages are still open. */
    static class FailureScreenshots implements AfterTestExecutionCallback {
        @Override
        public void afterTestExecution(ExtensionContext context) {
            if (context.getExecutionException().isPresent()
                    && context.getTestInstance().orElse(null) instanceof BrowserTest test) {
                test.screenshot(context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName());
            }
        }
    }
}
