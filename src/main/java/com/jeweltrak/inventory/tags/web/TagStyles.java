package com.jeweltrak.inventory.tags.web;

import com.jeweltrak.inventory.tags.TagStyle;
import com.jeweltrak.platform.BusinessRuleViolated;

/** A style named in a request, or a refusal naming the field. */
final class TagStyles {

    private TagStyles() {
    }

    static TagStyle require(String name) {
        return TagStyle.named(name).orElseThrow(() -> new BusinessRuleViolated("style", "Choose a tag style."));
    }
}
