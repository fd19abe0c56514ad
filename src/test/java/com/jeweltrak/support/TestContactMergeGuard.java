package com.jeweltrak.support;

import java.util.Optional;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactMergeGuard;
import org.springframework.stereotype.Component;

/**
 * Stands in for production's Our Company Contact (13-production §1 R4), which no module has yet: a
 * contact whose company is {@link #OUR_COMPANY} is the business itself and is never merged away.
 */
@Component
public class TestContactMergeGuard implements ContactMergeGuard {

    public static final String OUR_COMPANY = "Our Company (merge guard test)";

    @Override
    public Optional<String> reasonToKeep(Contact secondary) {
        return OUR_COMPANY.equals(secondary.name().company()) ? Optional.of("it stands for this business") : Optional.empty();
    }
}
