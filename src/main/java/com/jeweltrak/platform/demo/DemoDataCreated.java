package com.jeweltrak.platform.demo;

/** The demo tenant was made on an empty database, at this size: modules that add tenants of their own listen. */
public record DemoDataCreated(DemoSize size) {
}
