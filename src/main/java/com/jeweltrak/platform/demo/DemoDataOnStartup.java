package com.jeweltrak.platform.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** On an empty database, makes the demo tenant and prints where to sign in. */
@Component
class DemoDataOnStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataOnStartup.class);

    private final DemoData demoData;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final DemoSize size;
    private final Environment environment;

    DemoDataOnStartup(DemoData demoData, org.springframework.context.ApplicationEventPublisher events,
                      @Value("${jeweltrak.demo.size:small}") String size, Environment environment) {
        this.demoData = demoData;
        this.events = events;
        this.size = DemoSize.parse(size);
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (size != DemoSize.NONE && demoData.databaseIsEmpty()) {
            // the large size is the small demo with the benchmark's generated tenants beside it
            demoData.create(size == DemoSize.LARGE ? DemoSize.SMALL : size);
            events.publishEvent(new DemoDataCreated(size));
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        if (size != DemoSize.NONE) {
            log.info("""

                    ==========================================================
                      JewelTrak is running at http://localhost:{}
                      Sign in as {} (or {}, {})
                      Password: {}
                    ==========================================================""",
                    port, DemoData.OWNER, DemoData.MANAGER, DemoData.SALES, DemoData.PASSWORD);
        }
    }
}
