package com.jeweltrak.contacts.greetings;

import com.jeweltrak.platform.demo.DemoDataContributor;
import com.jeweltrak.platform.demo.DemoSize;
import com.jeweltrak.platform.demo.DemoTenant;
import org.springframework.stereotype.Component;

/**
 * The demo organization has both greetings switched on with the default templates, so its
 * customers' birthdays show what the feature does. Runs after the contacts' demo data (order 100).
 */
@Component
class GreetingsDemoData implements DemoDataContributor {

    private final ChangingGreetingSettings changing;

    GreetingsDemoData(ChangingGreetingSettings changing) {
        this.changing = changing;
    }

    @Override
    public int order() {
        return 150;
    }

    @Override
    public void contribute(DemoTenant tenant, DemoSize size) {
        GreetingSettings defaults = GreetingSettings.defaults();
        changing.change(new GreetingSettings(true, true, defaults.birthday(), defaults.anniversary()));
    }
}
