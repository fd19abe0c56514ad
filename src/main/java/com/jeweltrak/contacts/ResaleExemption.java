package com.jeweltrak.contacts;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What an invoice asks before selling tax-free to a dealer (07-contacts §Resale Certificates R3–R4, R6):
 * the customer's certificate that makes a sale in {@code state} on {@code saleDate} exempt — verified
 * valid against the state's portal, not expired on the sale date, not superseded — or empty, and the
 * sale is taxed unless someone overrides it with a reason (R5, the invoice's rule). The invoice keeps the
 * returned id (R7).
 */
public interface ResaleExemption {

    Optional<QualifyingCertificate> forSale(ContactId customer, String state, LocalDate saleDate);
}
