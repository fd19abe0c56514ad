package com.jeweltrak.services.messages;

/** 10-settings §Customizing Custom Build messages R2: each messaging status has an Email slot and an SMS slot. */
public enum MessageChannel {
    EMAIL, SMS
}
