package com.jeweltrak.inventory.media;

import com.jeweltrak.platform.BusinessRuleViolated;

/** A photo that cannot be added: not an image of the accepted kinds, too large, or a link that gives no image. */
public class PhotoRefused extends BusinessRuleViolated {

    public PhotoRefused(String field, String message) {
        super(field, message);
    }
}
